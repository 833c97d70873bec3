package org.sevasurge.testbed.images;

import java.util.Optional;

/**
 * Whether one image is in the local Docker engine. Immutable.
 *
 * @param name  the image's name and tag
 * @param base  which base image it is
 * @param built true for the image built from Debian packages, false for the official one
 * @param info  its id, size and creation time when present, else empty
 */
public record ImageStatus(String name, BaseImage base, boolean built, Optional<DockerCli.ImageInfo> info) {

    public boolean present() {
        return info.isPresent();
    }
}
