package intruder;

import io.github.wpskit.wps.json.internal.Codecs;

/** Refers to an internal type of wps-json. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(Codecs.class);
  }
}
