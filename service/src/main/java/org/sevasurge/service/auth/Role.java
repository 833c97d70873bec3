package org.sevasurge.service.auth;

/**
 * What an officer account may do. An account holds one or more roles, always within one district.
 */
public enum Role {
    /** The revenue inspector (Patwari): files field reports. */
    INSPECTOR,
    /** The approving officer (Tehsildar, SDO): decides verified applications. */
    APPROVER
}
