package io.github.wpskit.wps.internal;

import io.github.wpskit.wps.MissingAttributesException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on every model package's {@code package-info.java}.
 *
 * <p>Why each setting: generated {@code Immutable*} classes are package-private and overshadowed, so
 * users only ever see {@code Resolution} and {@code Resolution.builder()} (the "sandwich" pattern);
 * {@code jdkOnly} keeps Guava out; a missing required attribute throws
 * {@link MissingAttributesException} with the names as data; {@code allowedClasspathAnnotations}
 * keeps Immutables' own {@code @Generated} off the generated classes, whose class file is not on a
 * user's class path and made javac warn "Cannot find annotation method 'from()'" in every module
 * compiled against wps-core. Styles do not merge, so no type declares its own.
 *
 * <p>Internal: not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = MissingAttributesException.class,
    optionalAcceptNullable = false,
    deepImmutablesDetection = false,
    allowedClasspathAnnotations = {Override.class})
public @interface WpsStyle {}
