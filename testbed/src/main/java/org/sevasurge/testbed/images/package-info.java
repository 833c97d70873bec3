/**
 * Images for the containers testbed without an image registry (air-gapped data centres): the PostgreSQL and Java
 * runtime base images built from Debian packages ({@code debootstrap}, then {@code docker import}), and which images
 * are present. {@link org.sevasurge.testbed.images.Images} is the entry point ({@code ./sevasurge images [build]}).
 */
@NullMarked
package org.sevasurge.testbed.images;

import org.jspecify.annotations.NullMarked;
