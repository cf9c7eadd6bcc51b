package com.posclearing.reconcile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reconcile package's API is its root; its internals are its own, and it needs no database or files. */
class ReconcileArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.posclearing");

    @Test
    void internalsAreUsedOnlyInsideReconcile() {
        noClasses().that().resideOutsideOfPackage("com.posclearing.reconcile..")
                .should().dependOnClassesThat().resideInAPackage("com.posclearing.reconcile.internal..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void reconciliationIsPureLogic() {
        noClasses().that().resideInAPackage("com.posclearing.reconcile..").and().resideOutsideOfPackage("..batch..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio.file..",
                        "org.springframework..")
                .check(CLASSES);
    }
}
