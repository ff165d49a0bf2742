using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Tests;

public sealed class RestoreTests
{
    private readonly Compilation _compilation = Fixture.Compile();
    private readonly ConceptSymbol _shop;

    public RestoreTests() => _shop = _compilation.Model("Shop");

    private ConceptSymbol C(string name) => _shop.Concept(name);

    [Fact]
    public void Restored_model_instance_keeps_its_uri_and_identity()
    {
        var vmi = VirtualModelInstance.Restore(_shop, "Main", "http://elsewhere/Saved.fml.rt", "SYL", flexoId: 1);
        Assert.Equal("http://elsewhere/Saved.fml.rt", vmi.Uri);
        Assert.Equal("Main", vmi.Name);
        Assert.Equal(1, vmi.FlexoId);
        Assert.Equal(2, vmi.CreateInstance(C("Book")).FlexoId);
    }

    [Fact]
    public void Restored_instances_keep_their_ids_and_new_ones_continue_after_the_highest()
    {
        var vmi = VirtualModelInstance.Restore(_shop, "Main", "http://rc/Main.fml.rt", "SYL");
        var shelf = vmi.RestoreInstance(C("Shelf"), null, 7, "SYL");
        var slot = vmi.RestoreInstance(C("Slot"), shelf, 3, "ANA");
        Assert.Equal("http://rc/Main.fml.rt#ANA_3", slot.Uri);
        Assert.Same(shelf, slot.Container);
        Assert.Same(slot, vmi.FindInstance("http://rc/Main.fml.rt#ANA_3"));
        Assert.Equal([slot, shelf], vmi.AllInstances);
        Assert.Equal(8, vmi.CreateInstance(C("Book")).FlexoId);
    }

    [Fact]
    public void Reserved_ids_are_never_given_to_new_instances()
    {
        var vmi = VirtualModelInstance.Create(_shop, "Main", "http://rc");
        vmi.ReserveFlexoIds(40);
        vmi.ReserveFlexoIds(10);
        Assert.Equal(41, vmi.CreateInstance(C("Book")).FlexoId);
    }

    [Fact]
    public void Creating_past_the_last_identity_is_refused_not_wrapped()
    {
        var vmi = VirtualModelInstance.Create(_shop, "Main", "http://rc");
        vmi.ReserveFlexoIds(long.MaxValue - 1);
        Assert.Equal(long.MaxValue, vmi.CreateInstance(C("Book")).FlexoId);
        Assert.Throws<FmlRuntimeException>(() => vmi.CreateInstance(C("Book")));
        Assert.Equal(1, vmi.InstanceCount);
    }

    [Fact]
    public void Restoring_refuses_taken_or_invalid_identities_and_broken_containment()
    {
        var vmi = VirtualModelInstance.Restore(_shop, "Main", "http://rc/Main.fml.rt", "SYL", flexoId: 1);
        vmi.RestoreInstance(C("Book"), null, 2, "SYL");
        Assert.Throws<FmlRuntimeException>(() => vmi.RestoreInstance(C("Book"), null, 2, "ANA"));
        Assert.Throws<FmlRuntimeException>(() => vmi.RestoreInstance(C("Book"), null, 1, "SYL"));
        Assert.Throws<FmlRuntimeException>(() => vmi.RestoreInstance(C("Book"), null, 0, "SYL"));
        Assert.Throws<FmlRuntimeException>(() => vmi.RestoreInstance(C("Book"), null, 5, "A_B"));
        Assert.Throws<FmlRuntimeException>(() => vmi.RestoreInstance(C("Slot"), null, 6, "SYL"));
        Assert.Throws<FmlRuntimeException>(() => VirtualModelInstance.Restore(_shop, "Main", "http://rc/Main.fml.rt#x", "SYL"));
        Assert.Throws<FmlRuntimeException>(() => VirtualModelInstance.Restore(_shop, "Main", "http://rc/Main.fml.rt", "SYL", -1));
    }

    [Fact]
    public void Restored_contained_model_instance_has_its_own_user_and_identity()
    {
        var vmi = VirtualModelInstance.Restore(_shop, "Main", "http://rc/Main.fml.rt", "SYL");
        var branch = vmi.RestoreContainedModelInstance(_compilation.Model("http://test/Shop.fml/Branch.fml"), "North", "ANA", 4);
        Assert.Equal("http://rc/Main.fml.rt/North.fml.rt", branch.Uri);
        Assert.Equal("ANA", branch.UserId);
        Assert.Equal(4, branch.FlexoId);
        Assert.Equal(5, branch.CreateInstance(_compilation.Model("http://test/Shop.fml/Branch.fml").Concept("Desk")).FlexoId);
    }
}
