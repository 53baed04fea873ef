package dev.leadkit.core.internal.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelSchemaTest {

    private static List<String> names(ModelSchema schema) {
        List<String> names = new ArrayList<>();
        schema.attributes().forEach(attribute -> names.add(attribute.name));
        return names;
    }

    @Test
    void theGeneratedClassHasTheSchemaOfTheModelItImplements() {
        ModelSchema schema = ModelSchema.of(SampleLeads.full().getClass());

        assertThat(schema).isSameAs(ModelSchema.of(SampleLead.class));
        assertThat(schema.model()).isEqualTo(SampleLead.class);
    }

    @Test
    void theAttributesAreTheAbstractAccessorsInDeclarationOrderInheritedOnesIncluded() {
        assertThat(names(ModelSchema.of(SampleLead.class))).containsExactly("phoneNumber", "id", "score", "visits", "vip", "rank",
                "views", "consent", "value", "price", "receivedAt", "createdAt", "updatedAt", "campaignId", "attempts", "name",
                "phones", "emails", "statusValue", "status", "previousStatus", "variables", "notes", "custom", "extra", "campaign",
                "pastCampaigns");
    }

    @Test
    void concreteMethodsAreNoAttributes() {
        ModelSchema schema = ModelSchema.of(SampleLead.class);

        assertThat(schema.attribute("platform")).isNull();
        assertThat(schema.attribute("display")).isNull();
        assertThat(schema.attribute("hashCode")).isNull();
    }

    @Test
    void withoutAGeneratedClassTheAttributesSortByName() {
        assertThat(names(ModelSchema.of(HandMadeModel.Made.class))).containsExactly("active", "alpha", "mid", "total", "zeta");
    }

    @Test
    void eachAttributesSetterTakesTheAttributesOwnType() throws Exception {
        ModelSchema schema = ModelSchema.of(HandMadeModel.class);

        assertThat(schema.attribute("mid").setter.getParameterTypes()).containsExactly(Optional.class);
        assertThat(schema.attribute("alpha").setter.getParameterTypes()).containsExactly(int.class);
        assertThat(ModelSchema.of(SampleLead.class).attribute("phones").setter.getParameterTypes()).containsExactly(Iterable.class);
        assertThat(ModelSchema.of(SampleLead.class).attribute("vip").setter.getParameterTypes()).containsExactly(boolean.class);
        assertThat(ModelSchema.of(SampleLead.class).attribute("visits").setter.getParameterTypes()).containsExactly(long.class);
    }

    @Test
    void aModelIsBuiltThroughItsOwnBuilder() throws Exception {
        ModelSchema schema = ModelSchema.of(HandMadeModel.class);
        Object builder = schema.newBuilder();
        schema.attribute("zeta").setter.invoke(builder, "z");

        assertThat(schema.build(builder)).isEqualTo(HandMadeModel.builder().zeta("z").build());
    }

    @Test
    void aTypeThatIsNoPublicAbstractModelHasNoSchema() {
        assertThatThrownBy(() -> ModelSchema.of(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("class java.lang.String is not a leadkit model type");
    }

    @Test
    void aModelWithoutABuilderHasNoSchema() {
        assertThatThrownBy(() -> ModelSchema.of(BrokenModels.NoBuilder.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(BrokenModels.NoBuilder.class + " has no static builder() whose builder has build()")
                .hasCauseInstanceOf(NoSuchMethodException.class);
    }

    @Test
    void aBuilderWithoutTheSetterOfAnAttributeHasNoSchema() {
        assertThatThrownBy(() -> ModelSchema.of(BrokenModels.NoSetter.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(BrokenModels.NoSetter.Builder.class.getName() + " has no setter count(java.lang.Integer)");
    }
}
