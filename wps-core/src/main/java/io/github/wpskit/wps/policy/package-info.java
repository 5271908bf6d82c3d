/**
 * Policy frameworks as vocabularies that mandate tasks and Compact commitments can cite: Action for
 * Peacekeeping's eight priority areas ({@link io.github.wpskit.wps.policy.A4pPriorityArea}), A4P+
 * ({@link io.github.wpskit.wps.policy.A4pPlusTheme}, {@link io.github.wpskit.wps.policy.A4pPlusPriority})
 * and the Secretary-General's 2020 Call to Action
 * ({@link io.github.wpskit.wps.policy.CallToActionCommitment}). Each entry is a
 * {@link io.github.wpskit.wps.policy.PolicyReference} with a stable code such as {@code A4P.2}.
 *
 * <p>Only wordings confirmed from the project's fact sheet are encoded; javadoc says where a wording
 * is a paraphrase or where entries are left out.
 */
package io.github.wpskit.wps.policy;
