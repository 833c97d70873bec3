package org.sevasurge.simulations.calendar;

import java.util.Locale;

/**
 * How the load generator's officers log in to the target: the usernames of a district's revenue inspector (files
 * field reports) and approving officer (decides), and the password of an account, each a pattern in which
 * {@code {district}} stands for the district code in lower case and {@code {username}} for the username. The
 * defaults match the reference service's seeded test accounts ({@code ri.balod}, {@code tehsildar.balod}, password
 * {@code ri.balod@sevasurge}); a staging system with its own accounts sets its own patterns. Immutable.
 *
 * @param inspector the inspector's username pattern
 * @param approver  the approving officer's username pattern
 * @param password  the password pattern
 */
public record OfficerAccounts(String inspector, String approver, String password) {
    public static final OfficerAccounts REFERENCE_SERVICE =
            new OfficerAccounts("ri.{district}", "tehsildar.{district}", "{username}@sevasurge");

    /** @return the inspector's username in {@code district} (a district code such as BALOD) */
    public String inspectorOf(String district) {
        return inspector.replace("{district}", district.toLowerCase(Locale.ROOT));
    }

    /** @return the approving officer's username in {@code district} */
    public String approverOf(String district) {
        return approver.replace("{district}", district.toLowerCase(Locale.ROOT));
    }

    /** @return the password of {@code username} */
    public String passwordOf(String username) {
        return password.replace("{username}", username);
    }
}
