/**
 * The containers testbed: PostgreSQL (Testcontainers' PostgreSQL module), the mocks and the certificate service
 * (images built from their jars on a Java runtime base) in Docker containers with CPU and memory limits. Every
 * container uses the host's network and listens on 127.0.0.1 only, so every request stays on loopback and no
 * Docker proxy sits in the measured path; the documents live on a Docker volume (a tmpfs of fixed size for
 * disk-full scenarios). Every container and volume is labelled with its owner and removed at the end, also after a
 * failure or Ctrl-C, and leftovers of a killed owner are removed at the next start: Testcontainers' Ryuk reaper
 * is not needed.
 */
@NullMarked
package org.sevasurge.testbed.containers;

import org.jspecify.annotations.NullMarked;
