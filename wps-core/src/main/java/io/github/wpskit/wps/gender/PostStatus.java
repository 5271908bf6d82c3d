package io.github.wpskit.wps.gender;

/** Whether a post is encumbered. */
public enum PostStatus {
  /** Someone holds the post. */
  FILLED,
  /** The post exists but nobody holds it. */
  VACANT
}
