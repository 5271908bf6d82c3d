/**
 * The root of the wps library: the exception hierarchy every module shares and the identifiers used
 * across aggregates ({@link io.github.wpskit.wps.CountryCode}).
 *
 * <p>Exceptions: {@link io.github.wpskit.wps.WpsException} is the unchecked root;
 * {@link io.github.wpskit.wps.InvalidValueException} reports a broken invariant with the attribute and
 * the value; {@link io.github.wpskit.wps.ParseException} adds the input and index;
 * {@link io.github.wpskit.wps.MissingAttributesException} lists the attributes a builder lacked.
 */
package io.github.wpskit.wps;
