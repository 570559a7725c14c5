package com.billsync.billcom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReauthBudgetTest {

    @Test
    void perStepBudgetAllowsThreeReloginsThenRefuses() {
        ReauthBudget budget = ReauthBudget.perStep();

        assertThat(budget.tryConsume()).isTrue();
        assertThat(budget.tryConsume()).isTrue();
        assertThat(budget.tryConsume()).isTrue();
        assertThat(budget.tryConsume()).isFalse();
        assertThat(budget.used()).isEqualTo(3);
    }

    @Test
    void zeroCapRefusesAtOnce() {
        assertThat(ReauthBudget.of(0).tryConsume()).isFalse();
    }
}
