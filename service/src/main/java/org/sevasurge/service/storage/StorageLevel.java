package org.sevasurge.service.storage;

/** How full a watched volume is, from the watermarks. Ordered from best to worst. */
public enum StorageLevel {
    /** Below the low watermark. */
    OK,
    /** Past the low watermark: logged as a warning. */
    LOW,
    /** Past the high watermark: readiness reports the service degraded. */
    HIGH,
    /** Past the flood watermark: new submissions get 507 until space comes back. */
    FLOOD
}
