package com.posclearing.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.MerchantId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agents.csv, agent-rates.csv and merchants.csv's agent_id (SPEC 3.5), loaded as strictly as the other files. */
class AgentReferenceDataTest {
    private static final String PLANS = """
            plan_id,card_kind,rate_percent,cap_fen,min_fen,fixed_fen,refund_fee
            STD,DEBIT,0.55,2000,,,RETURN
            STD,CREDIT,0.60,,,,RETURN
            LOW,DEBIT,0.30,,,,KEEP
            """;
    private static final String AGENTS = """
            agent_id,name,parent_agent_id,account_no,account_name,bank_code,status,email
            A1,一级代理,,6222000000000001,一级代理有限公司,102290000019,ACTIVE,a1@example.cn
            A3,三级代理,A2,6222000000000003,三级代理,102290000019,FROZEN,
            A2,二级代理,A1,6222000000000002,二级代理,102290000019,ACTIVE,
            """;
    private static final String RATES = """
            agent_id,card_kind,cost_rate_percent,cost_cap_fen
            A1,DEBIT,0.35,1200
            A1,CREDIT,0.40,
            A2,DEBIT,0.40,1500
            A2,CREDIT,0.45,
            A3,DEBIT,0.48,1800
            A3,CREDIT,0.52,
            """;
    private static final String MERCHANTS = """
            merchant_id,name,mcc,fee_plan,settlement_cycle,account_no,account_name,bank_code,status,email,agent_id
            898310048160001,一号店,5411,STD,T1,95588010011000012345,一号店,102290000019,ACTIVE,,A3
            898310048160002,二号店,5411,LOW,T1,95588010011000012346,二号店,102290000019,ACTIVE,,
            """;

    @TempDir
    Path config;

    @BeforeEach
    void writeValidFiles() throws IOException {
        write("fee-plans.csv", PLANS);
        write("agents.csv", AGENTS);
        write("agent-rates.csv", RATES);
        write("merchants.csv", MERCHANTS);
        write("terminals.csv", "terminal_id,merchant_id,status\n");
    }

    @Test
    void loadsAThreeLevelChainTopFirstWithCostPrices() {
        ReferenceData ref = ReferenceData.load(new ConfigFiles(config));

        AgentNetwork agents = ref.agents();
        assertThat(agents.chainOf(MerchantId.of("898310048160001"))).extracting(Agent::id).containsExactly("A1", "A2", "A3");
        assertThat(agents.chainOf(MerchantId.of("898310048160002"))).isEmpty();
        assertThat(agents.agent("A3").orElseThrow().status()).isEqualTo(AgentStatus.FROZEN);
        assertThat(agents.rate("A1", CardKind.DEBIT))
                .isEqualTo(new AgentRate("A1", CardKind.DEBIT, new BigDecimal("0.35"), OptionalLong.of(1200)));
        assertThat(agents.rate("A2", CardKind.CREDIT).costCapFen()).isEmpty();
    }

    @Test
    void aMerchantsFileWithoutTheAgentColumnStillLoads() throws IOException {
        write("merchants.csv", MERCHANTS.replace(",agent_id", "").replace(",A3\n", "\n").replace(",,\n", ",\n"));

        ReferenceData ref = ReferenceData.load(new ConfigFiles(config));

        assertThat(ref.merchants()).hasSize(2);
        assertThat(ref.agents().agentOf(MerchantId.of("898310048160001"))).isEmpty();
    }

    @Test
    void refusesACycle() throws IOException {
        write("agents.csv", AGENTS.replace("A1,一级代理,,", "A1,一级代理,A3,"));

        assertRejected("agents.csv", 2, "parent_agent_id",
                "agents.csv line 2 field parent_agent_id: the agent chain A1 → A3 → A2 → A1 is a cycle; one of these agents"
                        + " must be top-level (no parent)");
    }

    @Test
    void refusesAChainDeeperThanThree() throws IOException {
        write("agents.csv", AGENTS + "A4,四级代理,A3,6222000000000004,四级代理,102290000019,ACTIVE,\n");

        assertRejected("agents.csv", 5, "parent_agent_id",
                "agents.csv line 5 field parent_agent_id: the agent chain A4 → A3 → A2 → A1 is deeper than 3 levels;"
                        + " attach A4 to an agent nearer the top");
    }

    @Test
    void refusesAnUnknownParent() throws IOException {
        write("agents.csv", AGENTS.replace("A2,二级代理,A1,", "A2,二级代理,A9,"));

        assertRejected("agents.csv", 4, "parent_agent_id", "agents.csv line 4 field parent_agent_id: unknown agent A9"
                + " (not in agents.csv); add it or leave the field empty for a top-level agent");
    }

    @Test
    void refusesAMerchantOfAnUnknownAgent() throws IOException {
        write("merchants.csv", MERCHANTS.replace(",A3\n", ",B7\n"));

        assertRejected("merchants.csv", 2, "agent_id", "merchants.csv line 2 field agent_id: unknown agent B7 (not in"
                + " agents.csv); add it there or leave the field empty for a merchant without an agent");
    }

    @Test
    void refusesAChainWithoutACostPriceForACardKindOfTheMerchantsPlan() throws IOException {
        write("agent-rates.csv", RATES.replace("A2,CREDIT,0.45,\n", ""));

        assertRejected("merchants.csv", 2, "agent_id", "merchants.csv line 2 field agent_id: agent A2 (in the chain of A3)"
                + " has no CREDIT cost price in agent-rates.csv, and fee plan STD of this merchant prices CREDIT cards;"
                + " add a row A2,CREDIT,RATE,CAP to agent-rates.csv");
    }

    @Test
    void refusesACostPriceOfAnUnknownAgentOrTwiceTheSameKind() throws IOException {
        write("agent-rates.csv", RATES + "A9,DEBIT,0.30,\n");
        assertRejected("agent-rates.csv", 8, "agent_id", "agent-rates.csv line 8 field agent_id: unknown agent A9 (not in agents.csv)");

        write("agent-rates.csv", RATES + "A1,DEBIT,0.30,\n");
        assertRejected("agent-rates.csv", 8, "card_kind",
                "agent-rates.csv line 8 field card_kind: agent A1 already has a DEBIT row on line 2");
    }

    @Test
    void readsTheDeliveryOfMerchantsAndAgentsEmptyBeingSftp() throws IOException {
        write("agents.csv", AGENTS.replace(",email\n", ",email,delivery\n").replace("a1@example.cn\n", "a1@example.cn,email\n")
                .replace("FROZEN,\n", "FROZEN,,\n").replace("ACTIVE,\n", "ACTIVE,,sftp\n"));
        write("merchants.csv", MERCHANTS.replace(",agent_id\n", ",agent_id,delivery\n")
                .replace(",,A3\n", ",shop1@example.cn,A3,both\n").replace(",,\n", ",,,\n"));

        ReferenceData ref = ReferenceData.load(new ConfigFiles(config));

        assertThat(ref.merchants()).extracting(Merchant::delivery).containsExactly(StatementDelivery.BOTH, StatementDelivery.SFTP);
        assertThat(List.of("A1", "A2", "A3")).extracting(id -> ref.agents().agent(id).orElseThrow().delivery())
                .containsExactly(StatementDelivery.EMAIL, StatementDelivery.SFTP, StatementDelivery.SFTP);
    }

    @Test
    void refusesAnUnknownDeliveryOrEmailDeliveryWithoutAnAddress() throws IOException {
        String header = AGENTS.replace(",email\n", ",email,delivery\n");
        write("agents.csv", header.replace("a1@example.cn\n", "a1@example.cn,mail\n").replace("FROZEN,\n", "FROZEN,,\n")
                .replace("ACTIVE,\n", "ACTIVE,,\n"));
        assertRejected("agents.csv", 2, "delivery",
                "agents.csv line 2 field delivery: expected sftp, email or both (empty is sftp), got 'mail'");

        write("agents.csv", header.replace("a1@example.cn\n", "a1@example.cn,\n").replace("FROZEN,\n", "FROZEN,,email\n")
                .replace("ACTIVE,\n", "ACTIVE,,\n"));
        assertRejected("agents.csv", 3, "delivery", "agents.csv line 3 field delivery: email sends statements by e-mail,"
                + " but the email column is empty; fill it in or write sftp");
    }

    private void assertRejected(String file, long line, String field, String message) {
        assertThatThrownBy(() -> ReferenceData.load(new ConfigFiles(config)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(file);
                    assertThat(e.lineNo()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessage(message);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(config.resolve(name), text, StandardCharsets.UTF_8);
    }
}
