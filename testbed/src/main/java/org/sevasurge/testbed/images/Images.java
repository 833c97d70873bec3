package org.sevasurge.testbed.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The base images of the containers testbed: which are present ({@link #list}) and building the air-gapped ones
 * from Debian packages ({@link #build}). {@link ImagesCommand} is its command line ({@code ./sevasurge images
 * [build]}). Building needs root, {@code debootstrap} and the {@code docker} command; listing needs the latter.
 * Stateless and thread-safe (two builds of the same image at once would race on its tag: don't).
 */
public final class Images {

    /** The Debian release the images are built from. */
    public static final String SUITE = "bookworm";

    private final DockerCli docker;

    public Images() {
        this(new DockerCli());
    }

    Images(DockerCli docker) {
        this.docker = docker;
    }

    /** Every base image, official and built, with whether it is present. */
    public List<ImageStatus> list() throws IOException, InterruptedException {
        List<ImageStatus> images = new ArrayList<>();
        for (BaseImage base : BaseImage.values()) {
            images.add(new ImageStatus(base.officialName(), base, false, docker.inspect(base.officialName())));
            images.add(new ImageStatus(base.builtName(), base, true, docker.inspect(base.builtName())));
        }
        return images;
    }

    /**
     * Builds the images from Debian packages, each unless present (or always, with {@code force}), and tags them
     * {@link BaseImage#builtName()}.
     *
     * @param mirror  the Debian mirror, or empty for the host's own (from /etc/apt), else {@link DebianMirror#DEFAULT}
     * @param workDir where the root filesystems are made (deleted after import) and debootstrap's logs are kept
     * @param force   rebuild images that are present
     * @return one result per image, in {@link BaseImage} order
     * @throws IOException naming the step that failed and what to do
     */
    public List<BuildResult> build(Optional<String> mirror, Path workDir, boolean force)
            throws IOException, InterruptedException {
        docker.requireEngine();
        String source = mirror.isPresent()
                ? mirror.get()
                : DebianMirror.fromAptSources(Path.of("/etc/apt"), SUITE).orElse(DebianMirror.DEFAULT);
        List<BuildResult> results = new ArrayList<>();
        RootfsBuilder builder = new RootfsBuilder();
        for (BaseImage base : BaseImage.values()) {
            Optional<DockerCli.ImageInfo> present = docker.inspect(base.builtName());
            if (present.isPresent() && !force) {
                results.add(new BuildResult(
                        base.builtName(), true, 0, 0, present.get().sizeBytes()));
                continue;
            }
            requireRoot();
            String slug = base.name().toLowerCase(java.util.Locale.ROOT);
            Path rootfs = workDir.toAbsolutePath().resolve(slug + "-rootfs");
            RootfsBuilder.deleteTree(rootfs);
            Files.createDirectories(workDir);
            long started = System.nanoTime();
            try {
                builder.build(
                        base, SUITE, source, rootfs, workDir.toAbsolutePath().resolve(slug + "-debootstrap.log"));
                long bootstrapped = System.nanoTime();
                docker.importRootfs(rootfs, base.dockerfileChanges(), base.builtName());
                long imported = System.nanoTime();
                long size = docker.inspect(base.builtName())
                        .map(DockerCli.ImageInfo::sizeBytes)
                        .orElse(0L);
                results.add(new BuildResult(
                        base.builtName(),
                        false,
                        (bootstrapped - started) / 1_000_000,
                        (imported - bootstrapped) / 1_000_000,
                        size));
            } finally {
                RootfsBuilder.deleteTree(rootfs);
            }
        }
        return results;
    }

    private static void requireRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        id.waitFor();
        if (!"0".equals(uid)) {
            throw new IOException("building images runs debootstrap, which needs root (you are uid " + uid + "); run"
                    + " 'sudo ./sevasurge images build', or build on another host and move the images with"
                    + " 'docker save' and 'docker load'");
        }
    }
}
