package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes labelled containers and volumes (see {@link Labels}): all of one session at teardown, and those of
 * owners that no longer run at start-up (a JVM killed with SIGKILL runs no shutdown hook). This is what Ryuk would
 * do, without its image. Stateless and thread-safe.
 */
public final class Leftovers {

    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    /** How long {@link #removeSession} waits for removals in progress. */
    static final Duration REMOVAL_WAIT = Duration.ofSeconds(60);

    private final DockerClient docker;

    public Leftovers(DockerClient docker) {
        this.docker = docker;
    }

    /** The ids of the containers, running or not, labelled with this session. */
    public List<String> containersOf(String session) {
        return docker
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(Labels.SESSION, session))
                .exec()
                .stream()
                .map(Container::getId)
                .toList();
    }

    /**
     * Removes every container and volume of {@code session} and returns once Docker lists none of its containers
     * (at most {@link #REMOVAL_WAIT}): another remover, such as Testcontainers' own JVM hook, may have a removal in
     * progress, which on the vfs storage driver takes seconds, and a volume can only go once its containers have.
     * Returns how many containers this call removed.
     */
    public int removeSession(String session) {
        int removed = 0;
        for (String id : containersOf(session)) {
            removed += removeContainer(id) ? 1 : 0;
        }
        long deadline = System.nanoTime() + REMOVAL_WAIT.toNanos();
        List<String> remaining = containersOf(session);
        while (!remaining.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            remaining.forEach(this::removeContainer);
            remaining = containersOf(session);
        }
        if (!remaining.isEmpty()) {
            LOG.warn(
                    "containers {} of testbed {} are still being removed after {} s",
                    remaining,
                    session,
                    REMOVAL_WAIT.toSeconds());
        }
        for (InspectVolumeResponse volume : volumes(Labels.SESSION, session)) {
            removeVolume(volume.getName());
        }
        return removed;
    }

    /** Removes the containers and volumes of owners on this host that no longer run; returns how many containers. */
    public int removeOrphans() {
        int removed = 0;
        for (Container container : docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(Labels.OWNER))
                .exec()) {
            String owner = container.getLabels().get(Labels.OWNER);
            if (owner != null && Labels.ownerIsGone(owner).orElse(false)) {
                LOG.warn("removing container {} left by {}, which no longer runs", container.getId(), owner);
                removed += removeContainer(container.getId()) ? 1 : 0;
            }
        }
        for (InspectVolumeResponse volume : volumes(Labels.OWNER, null)) {
            String owner =
                    volume.getLabels() == null ? null : volume.getLabels().get(Labels.OWNER);
            if (owner != null && Labels.ownerIsGone(owner).orElse(false)) {
                removeVolume(volume.getName());
            }
        }
        return removed;
    }

    private List<InspectVolumeResponse> volumes(String label, String value) {
        List<InspectVolumeResponse> found = new ArrayList<>();
        List<InspectVolumeResponse> all = docker.listVolumesCmd()
                .withFilter("label", List.of(value == null ? label : label + "=" + value))
                .exec()
                .getVolumes();
        if (all != null) {
            found.addAll(all);
        }
        return found;
    }

    private boolean removeContainer(String id) {
        try {
            docker.removeContainerCmd(id)
                    .withForce(true)
                    .withRemoveVolumes(true)
                    .exec();
            return true;
        } catch (NotFoundException alreadyGone) {
            return false;
        } catch (ConflictException removalInProgress) {
            LOG.debug("container {} is already being removed: {}", id, removalInProgress.toString());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("could not remove container {}: {}", id, e.toString());
            return false;
        }
    }

    private void removeVolume(String name) {
        try {
            docker.removeVolumeCmd(name).exec();
        } catch (NotFoundException alreadyGone) {
            // Removed with its container or by a racing teardown.
        } catch (RuntimeException e) {
            LOG.warn("could not remove volume {}: {}", name, e.toString());
        }
    }
}
