package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The image of a runnable jar on a Java runtime base: {@code FROM <jre>}, the jar in {@code /opt/sevasurge}, and
 * {@code java -XX:MaxRAMPercentage=<heap share> -jar} as its entrypoint, so the heap follows the container's memory
 * limit. Tagged {@code sevasurge/<name>:<12 hex digits of SHA-256 over the jar and the base image's id>}, built once
 * per jar and base and reused after; resolving one removes the other images of that name that no container uses,
 * so rebuilt jars do not pile up images (a few hundred MB each on the vfs storage driver). Stateless; thread-safe
 * apart from two builds of one tag at once.
 */
final class JarImage {

    private static final String LABEL = "org.sevasurge.image";

    private JarImage() {}

    /**
     * The image's name, built when missing.
     *
     * @param name              e.g. {@code service}
     * @param heapPercentOfLimit the heap's share of the container's memory limit, in percent
     */
    static String resolve(DockerClient docker, String name, Path jar, String jreImage, double heapPercentOfLimit)
            throws IOException {
        String baseId;
        try {
            baseId = docker.inspectImageCmd(jreImage).exec().getId();
        } catch (NotFoundException e) {
            throw new IOException(
                    "the Java runtime image " + jreImage + " is not present; pull it (docker pull "
                            + jreImage + ") or, without a registry, build sevasurge/jre:17-bookworm with"
                            + " './sevasurge images build'",
                    e);
        }
        String tag = "sevasurge/" + name + ":" + digest(jar, baseId + heapPercentOfLimit);
        removeOlder(docker, name, tag);
        try {
            docker.inspectImageCmd(tag).exec();
            return tag;
        } catch (NotFoundException missing) {
            // Built below.
        }
        String target = "/opt/sevasurge/" + name + ".jar";
        String built = new ImageFromDockerfile(tag, false)
                .withFileFromPath(name + ".jar", jar)
                .withDockerfileFromBuilder(dockerfile -> dockerfile
                        .from(jreImage)
                        .copy(name + ".jar", target)
                        .label(LABEL, name)
                        .entryPoint("java", "-XX:MaxRAMPercentage=" + heapPercentOfLimit, "-jar", target)
                        .build())
                .get();
        return DockerImageName.parse(built).asCanonicalNameString();
    }

    private static void removeOlder(DockerClient docker, String name, String keep) {
        for (Image image :
                docker.listImagesCmd().withLabelFilter(Map.of(LABEL, name)).exec()) {
            if (image.getRepoTags() != null && List.of(image.getRepoTags()).contains(keep)) {
                continue;
            }
            try {
                docker.removeImageCmd(image.getId()).withForce(false).exec();
            } catch (RuntimeException inUseOrGone) {
                LoggerFactory.getLogger(JarImage.class)
                        .debug("kept image {}: {}", image.getId(), inUseOrGone.toString());
            }
        }
    }

    private static String digest(Path jar, String salt) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(jar)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
