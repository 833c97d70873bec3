/** HTTP plumbing shared by the features: RFC 9457 problems, JSON, admission control under overload. */
@NullMarked
package org.sevasurge.service.http;

import org.jspecify.annotations.NullMarked;
