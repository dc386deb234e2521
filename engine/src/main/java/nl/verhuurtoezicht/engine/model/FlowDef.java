package nl.verhuurtoezicht.engine.model;

import nl.verhuurtoezicht.engine.feel.Expression;

/** A sequence flow; condition is null when the flow is unconditional. */
public final class FlowDef {
  private final String id;
  private final ElementDef source;
  private final ElementDef target;
  private final Expression condition;

  FlowDef(String id, ElementDef source, ElementDef target, Expression condition) {
    this.id = id;
    this.source = source;
    this.target = target;
    this.condition = condition;
  }

  public String id() {
    return id;
  }

  public ElementDef source() {
    return source;
  }

  public ElementDef target() {
    return target;
  }

  public Expression condition() {
    return condition;
  }
}
