/** Start-up configuration of the service: command-line options, defaults and storage watermarks. */
@NullMarked
package org.sevasurge.service.config;

import org.jspecify.annotations.NullMarked;
