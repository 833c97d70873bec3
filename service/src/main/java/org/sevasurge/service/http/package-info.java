/** HTTP plumbing shared by the features: RFC 9457 problems, JSON, admission control under overload. */
package org.sevasurge.service.http;
