package org.sevasurge.testbed.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs a Docker engine and the containers testbed's base images: tagged {@code docker}, and
 * skipped with the reason when either is missing (see {@link DockerCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("docker")
@ExtendWith(DockerCondition.class)
public @interface DockerTest {}
