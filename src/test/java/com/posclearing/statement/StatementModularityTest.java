package com.posclearing.statement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The statement package's internals stay internal, and its writers (and the report's) never touch a database. */
class StatementModularityTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.posclearing");

    @Test
    void internalsAreUsedOnlyByTheStatementPackage() {
        classes().that().resideInAPackage("com.posclearing.statement.internal..")
                .should().onlyBeAccessed().byAnyPackage("com.posclearing.statement..")
                .check(classes);
    }

    @Test
    void writersAreDatabaseFree() {
        noClasses().that().resideInAnyPackage("com.posclearing.statement..", "com.posclearing.report..").and().resideOutsideOfPackage("..batch..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .check(classes);
    }
}
