package org.manhal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * An integration test of the service: the whole application on a random port against the real
 * PostGIS, in Spring's cached context (one for every class with the same properties), with
 * <ul>
 *   <li>{@link CleanRegistry}: the registry reset to a freshly started database's state before the
 *       class runs, and an {@link ApiClient} for the running service as a constructor or method
 *       parameter;</li>
 *   <li>{@link TestSeed}: a {@link java.util.SplittableRandom} parameter seeded from
 *       {@code -Dmanhal.seed=} or afresh, the seed reported with a failure.</li>
 * </ul>
 * Every class under {@code org.manhal.api} that needs the database uses this instead of
 * {@code @SpringBootTest}, so that none can start on another class's leftovers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith({CleanRegistry.class, TestSeed.class})
public @interface ManhalApiTest {

    /** Properties of the application, as {@link SpringBootTest#properties()}: they give the class a context of its own. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};
}
