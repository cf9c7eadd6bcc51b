package com.posclearing.fees;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps floating point out of the money path and refdata's internals private to refdata. */
class MoneyArchitectureTest {
    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    private final JavaClasses imported = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.posclearing.refdata", "com.posclearing.fees", "com.posclearing.payout");

    @Test
    void noFloatingPointInFeesPayoutsOrReferenceData() {
        classes().should(useNoFloatingPoint()).check(imported);
    }

    @Test
    void refdataInternalsAreUsedOnlyByRefdata() {
        noClasses().that().resideOutsideOfPackage("com.posclearing.refdata..")
                .should().dependOnClassesThat().resideInAPackage("com.posclearing.refdata.internal..")
                .check(imported);
    }

    /** No field, signature or called method (e.g. {@code BigDecimal.valueOf(double)}, {@code doubleValue()}) with floating point. */
    private static ArchCondition<JavaClass> useNoFloatingPoint() {
        return new ArchCondition<>("use no double or float") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getFields().stream().filter(f -> FLOATING.contains(f.getRawType().getName()))
                        .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is floating point")));
                c.getCodeUnits().stream().filter(MoneyArchitectureTest::floating)
                        .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName() + " uses floating point")));
                c.getCodeUnitCallsFromSelf().stream()
                        .filter(call -> call.getTarget().resolveMember().map(MoneyArchitectureTest::floating).orElse(false))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }

    private static boolean floating(JavaCodeUnit m) {
        return FLOATING.contains(m.getRawReturnType().getName())
                || m.getRawParameterTypes().stream().anyMatch(t -> FLOATING.contains(t.getName()));
    }
}
