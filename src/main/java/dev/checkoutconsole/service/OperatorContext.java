package dev.checkoutconsole.service;

/**
 * Who is acting and on what: the operator's name (the profile's operator, else the OS user), the profile's name
 * and whether it moves real money (LIVE) or not (SANDBOX). Every audit entry and review step carries it.
 */
public record OperatorContext(String operator, String profileName, boolean live) {

    public OperatorContext {
        operator = InputValidation.operator(operator);
        profileName = InputValidation.required("profile", profileName);
    }

    /** The operator name to use: the one given, else the profile's, else the OS user's. */
    public static String operatorName(String given, String profileOperator) {
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        if (profileOperator != null && !profileOperator.isBlank()) {
            return profileOperator.trim();
        }
        return System.getProperty("user.name", "unknown");
    }

    /** LIVE or SANDBOX, as the audit trail and the window title show it. */
    public String environment() {
        return live ? "LIVE" : "SANDBOX";
    }

    /** The same profile, acted on by someone else: the second person of a two-person step. */
    public OperatorContext withOperator(String name) {
        return new OperatorContext(name, profileName, live);
    }
}
