package com.posclearing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the capabilities apart: each one's internals are its own, its Spring Batch adapter ({@code X.batch}) sits
 * beside its domain, domains know nothing of adapters, the run lifecycle ({@code runs}) or the job ({@code job}), and
 * money never flows through floating point.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.posclearing");

    private static final List<String> CAPABILITIES = List.of(
            "kernel", "support", "layout", "ingest", "refdata", "reconcile", "fees", "payout", "statement", "report",
            "transfer", "resolution", "agents", "retention", "runs", "job", "schedule", "ops", "generator", "h2server", "console", "workers");

    /** The capabilities whose root (and internals) hold business rules and formats; their {@code batch} is not domain. */
    private static final String[] DOMAINS = {"com.posclearing.kernel..", "com.posclearing.support..",
        "com.posclearing.layout..", "com.posclearing.ingest..", "com.posclearing.refdata..", "com.posclearing.reconcile..",
        "com.posclearing.fees..", "com.posclearing.payout..", "com.posclearing.statement..", "com.posclearing.report..",
        "com.posclearing.transfer..", "com.posclearing.resolution..", "com.posclearing.agents..",
        "com.posclearing.retention.."};

    /** A capability's domain and its batch adapter are two slices: an adapter may use its domain, never the reverse. */
    private static final SliceAssignment DOMAIN_OR_ADAPTER = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length < 3 || !c.getPackageName().startsWith("com.posclearing.")) {
                return SliceIdentifier.ignore();
            }
            boolean adapter = parts.length > 3 && parts[3].equals("batch");
            return SliceIdentifier.of(parts[2] + (adapter ? ".batch" : ""));
        }

        @Override
        public String getDescription() {
            return "capabilities, each adapter (X.batch) apart from its domain";
        }
    };

    @Test
    void internalsAreUsedOnlyByTheirOwnCapability() {
        for (String capability : CAPABILITIES) {
            noClasses().that().resideOutsideOfPackage("com.posclearing." + capability + "..")
                    .should().dependOnClassesThat().resideInAPackage("com.posclearing." + capability + ".internal..")
                    .because(capability + ".internal is private to " + capability)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void capabilitiesAndAdaptersHaveNoCycles() {
        slices().assignedFrom(DOMAIN_OR_ADAPTER).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void kernelDependsOnNoCapability() {
        noClasses().that().resideInAPackage("com.posclearing.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES.stream()
                        .filter(c -> !c.equals("kernel")).map(c -> "com.posclearing." + c + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void domainsDoNotReachIntoAdaptersRunsOrTheJob() {
        noClasses().that().resideInAnyPackage(DOMAINS).and().resideOutsideOfPackage("..batch..")
                .should().dependOnClassesThat().resideInAnyPackage("..batch..", "com.posclearing.runs..", "com.posclearing.job..",
                        "org.springframework.batch..")
                .check(CLASSES);
    }

    @Test
    void onlyTheJobWiresTheAdapters() {
        noClasses().that().resideInAnyPackage("..batch..", "com.posclearing.runs..")
                .should().dependOnClassesThat().resideInAPackage("com.posclearing.job..")
                .check(CLASSES);
    }

    @Test
    void pureBusinessRulesDoNotTouchTheDatabaseOrFiles() {
        noClasses().that().resideInAnyPackage("com.posclearing.reconcile..", "com.posclearing.fees..", "com.posclearing.payout..",
                        "com.posclearing.agents..")
                .and().resideOutsideOfPackage("..batch..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndScheduleStartJobs() {
        noClasses().that().resideOutsideOfPackages("com.posclearing.job..", "com.posclearing.ops..", "com.posclearing.schedule..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch.core.launch..")
                .check(CLASSES);
    }
}
