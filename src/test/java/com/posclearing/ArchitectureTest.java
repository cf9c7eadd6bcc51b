package com.posclearing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the capabilities apart: each one's internals are its own, and money never flows through floating point. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.posclearing");

    private static final List<String> CAPABILITIES = List.of(
            "kernel", "layout", "ingest", "refdata", "reconcile", "fees", "payout", "statement", "settlement",
            "transfer", "schedule", "ops", "generator", "resolution", "h2server");

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
    void capabilitiesHaveNoCycles() {
        slices().matching("com.posclearing.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void kernelDependsOnNoCapability() {
        noClasses().that().resideInAPackage("com.posclearing.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES.stream()
                        .filter(c -> !c.equals("kernel")).map(c -> "com.posclearing." + c + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void pureBusinessRulesDoNotTouchTheDatabaseOrFiles() {
        noClasses().that().resideInAnyPackage("com.posclearing.reconcile..", "com.posclearing.fees..", "com.posclearing.payout..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndScheduleStartJobs() {
        noClasses().that().resideOutsideOfPackages("com.posclearing.settlement..", "com.posclearing.ops..", "com.posclearing.schedule..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch.core.launch..")
                .check(CLASSES);
    }
}
