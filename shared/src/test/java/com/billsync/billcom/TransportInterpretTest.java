package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.billsync.billcom.session.ApiVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Responses are classified by BDC code whatever the HTTP status. */
class TransportInterpretTest {

    private static String v3Error(String code) {
        return "[{\"timestamp\":\"2025-12-25T00:00:00.000+00:00\",\"code\":\"" + code
                + "\",\"severity\":\"ERROR\",\"category\":\"DOWNSTREAM\",\"message\":\"text\"}]";
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 401, 422, 429, 500, 503})
    void concurrencyCodeIsConcurrencyWhateverTheStatus(int status) {
        var failure = Transport.interpret(ApiVersion.V3, status, v3Error("BDC_1322")).failure();

        assertThat(failure.kind()).isEqualTo(BdcCodes.Kind.CONCURRENCY);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 422, 429})
    void hourlyCapCodeIsHourlyCapWhateverTheStatus(int status) {
        assertThat(Transport.interpret(ApiVersion.V3, status, v3Error("BDC_1144")).failure().kind())
                .isEqualTo(BdcCodes.Kind.HOURLY_CAP);
    }

    @Test
    void sessionAndAuthCodesAreClassified() {
        assertThat(Transport.interpret(ApiVersion.V3, 401, v3Error("BDC_1109")).failure().kind())
                .isEqualTo(BdcCodes.Kind.INVALID_SESSION);
        assertThat(Transport.interpret(ApiVersion.V3, 400, v3Error("BDC_1101")).failure().kind())
                .isEqualTo(BdcCodes.Kind.AUTH);
        assertThat(Transport.interpret(ApiVersion.V3, 401, v3Error("BDC_1102")).failure().kind())
                .isEqualTo(BdcCodes.Kind.AUTH);
    }

    @Test
    void systemErrorIsTransientAndUnknownCodeIsRejected() {
        assertThat(Transport.interpret(ApiVersion.V3, 500, v3Error("BDC_1001")).failure().kind())
                .isEqualTo(BdcCodes.Kind.TRANSIENT);
        assertThat(Transport.interpret(ApiVersion.V3, 400, v3Error("BDC_1234")).failure().kind())
                .isEqualTo(BdcCodes.Kind.REJECTED);
        assertThat(Transport.interpret(ApiVersion.V3, 404, v3Error("BDC_1234")).failure().kind())
                .isEqualTo(BdcCodes.Kind.NOT_FOUND);
    }

    @Test
    void serverErrorPageWithoutCodeIsTransient() {
        assertThat(Transport.interpret(ApiVersion.V3, 502, "<html>bad gateway</html>").failure().kind())
                .isEqualTo(BdcCodes.Kind.TRANSIENT);
    }

    @Test
    void unparseableSuccessIsUnreadable() {
        assertThat(Transport.interpret(ApiVersion.V3, 200, "{not json").failure().kind())
                .isEqualTo(BdcCodes.Kind.UNREADABLE);
    }

    @Test
    void bulkSuccessArrayOfRecordsIsNotAnError() {
        var outcome = Transport.interpret(ApiVersion.V3, 200, "[{\"id\":\"0ca1\",\"name\":\"Rent\"}]");

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.body().get(0).get("id").asText()).isEqualTo("0ca1");
    }

    @Test
    void v2SuccessReturnsResponseData() {
        var outcome = Transport.interpret(ApiVersion.V2, 200,
                "{\"response_status\":0,\"response_message\":\"Success\",\"response_data\":{\"sessionId\":\"x\"}}");

        assertThat(outcome.body().get("sessionId").asText()).isEqualTo("x");
    }

    @Test
    void v2ErrorEnvelopeIsClassifiedByItsErrorCodeEvenWithHttp200() {
        var failure = Transport.interpret(ApiVersion.V2, 200, "{\"response_status\":1,\"response_message\":\"Error\","
                + "\"response_data\":{\"error_code\":\"BDC_1109\",\"error_message\":\"Session is invalid\"}}").failure();

        assertThat(failure.kind()).isEqualTo(BdcCodes.Kind.INVALID_SESSION);
        assertThat(failure.code()).isEqualTo("BDC_1109");
    }
}
