/** Start-up configuration of the service: command-line options, defaults and storage watermarks. */
package org.sevasurge.service.config;
