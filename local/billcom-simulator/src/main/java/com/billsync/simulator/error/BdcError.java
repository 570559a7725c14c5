package com.billsync.simulator.error;

/**
 * The BDC codes the simulator uses, with Bill.com's messages and the HTTP status chosen for each (see the module
 * README for which statuses are documented by Bill.com and which are our decision).
 */
public enum BdcError {
    SYSTEM_ERROR("BDC_1001", "System error occurred.", "SERVER", 500),
    BAD_CREDENTIALS("BDC_1101", "User name and/or password do not match our records.", "REQUEST", 401),
    BAD_DEV_KEY("BDC_1102", "Developer key is invalid.", "REQUEST", 401),
    MISSING_PARAMETER("BDC_1108", "Missing parameter value for parameter: %s.", "REQUEST", 400),
    SESSION_INVALID("BDC_1109", "Session is invalid.  Please log in.", "DOWNSTREAM", 401),
    MISSING_DATA("BDC_1117", "Missing required data for: %s.", "REQUEST", 400),
    INVALID_FIELD_VALUE("BDC_1119", "Invalid field,value: %s.", "REQUEST", 400),
    API_NOT_SUPPORTED("BDC_1121", "API not supported.", "REQUEST", 404),
    JSON_PARSE("BDC_1122", "Error Parsing Json Object. Please check your request.", "REQUEST", 400),
    INVALID_PARAMETER("BDC_1129", "Invalid parameter value for parameter,value: %s.", "REQUEST", 400),
    INVALID_FILTER_FIELD("BDC_1130", "Invalid list filter field: %s.", "REQUEST", 400),
    INVALID_FILTER_OPERATOR("BDC_1131", "Invalid list filter operator: %s.", "REQUEST", 400),
    /** Requests per dev key per hour, and logins per dev key per hour (Bill.com documents both under 1144). */
    HOURLY_LIMIT("BDC_1144", "Max number of allowed requests per hour reached: %s.", "DOWNSTREAM", 429),
    NOT_FOUND("BDC_1205", "No data found for object with given ID.", "REQUEST", 404),
    CONCURRENCY_LIMIT("BDC_1322", "Max number of concurrent requests per organization reached.", "DOWNSTREAM",
            429);

    private final String code;
    private final String message;
    private final String category;
    private final int httpStatus;

    BdcError(String code, String message, String category, int httpStatus) {
        this.code = code;
        this.message = message;
        this.category = category;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public String category() {
        return category;
    }

    /** The default status; rate-limit codes use the simulator's configured status instead. */
    public int httpStatus() {
        return httpStatus;
    }

    public boolean isRateLimit() {
        return this == HOURLY_LIMIT || this == CONCURRENCY_LIMIT;
    }

    /** Bill.com's message with its placeholder filled (or the bare message when it has none). */
    public String message(Object... args) {
        if (!message.contains("%s")) {
            return message;
        }
        return String.format(message, args.length == 0 ? new Object[] {"?"} : new Object[] {String.join(", ",
                java.util.Arrays.stream(args).map(String::valueOf).toList())});
    }

    public ApiException exception(Object... args) {
        return new ApiException(this, message(args));
    }
}
