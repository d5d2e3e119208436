package org.ccmkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one way every value type of ccmkit is generated: an abstract type {@code X} written by hand, an immutable
 * implementation {@code ImmutableX} generated next to it, {@code of(...)} factories and builders on the abstract type,
 * Guava immutable collections, and no {@code with*} copy methods that would invite partial edits of validated values.
 *
 * <p>Applied to a package through its {@code package-info.java}.
 *
 * <p>The generated classes carry no annotation found on the class path but {@code Override}: Immutables would
 * otherwise mark them {@code @org.immutables.value.Generated}, whose class a user compiling against ccmkit does not
 * have (Immutables is needed at compile time only), and javac warns of it for every generated type it reads.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    privateNoargConstructor = true,
    allParameters = false,
    allowedClasspathAnnotations = {Override.class})
public @interface CcmStyle {}
