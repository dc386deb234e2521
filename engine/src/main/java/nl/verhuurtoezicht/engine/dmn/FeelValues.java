package nl.verhuurtoezicht.engine.dmn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValBoolean;
import org.camunda.feel.syntaxtree.ValContext;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.syntaxtree.ValDateTime;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValList;
import org.camunda.feel.syntaxtree.ValLocalDateTime;
import org.camunda.feel.syntaxtree.ValLocalTime;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.syntaxtree.ValTime;
import org.camunda.feel.syntaxtree.ValYearMonthDuration;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Converts FEEL values from dmn-scala's audit log and results into plain Java values that map to
 * JSON as Zeebe writes them: numbers, strings, booleans, lists, objects; temporal values as
 * ISO-8601 strings.
 */
final class FeelValues {
  private FeelValues() {}

  static Object toJava(Object value) {
    if (value instanceof Val val) {
      return fromVal(val);
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      return toJava(CollectionConverters.asJava(map));
    }
    if (value instanceof scala.collection.Iterable<?> items) {
      return toJava(CollectionConverters.asJava(items));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), toJava(v)));
      return result;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> result = new ArrayList<>();
      items.forEach(item -> result.add(toJava(item)));
      return result;
    }
    if (value instanceof scala.math.BigDecimal number) {
      return number.bigDecimal();
    }
    return value;
  }

  private static Object fromVal(Val val) {
    if (val instanceof ValNumber number) {
      return number.value().bigDecimal();
    }
    if (val instanceof ValString string) {
      return string.value();
    }
    if (val instanceof ValBoolean bool) {
      return bool.value();
    }
    if (val instanceof ValList list) {
      return toJava(list.items());
    }
    if (val instanceof ValContext context) {
      return toJava(context.context().variableProvider().getVariables());
    }
    if (val instanceof ValDate date) {
      return date.value().toString();
    }
    if (val instanceof ValDateTime dateTime) {
      return dateTime.value().toOffsetDateTime().toString();
    }
    if (val instanceof ValLocalDateTime dateTime) {
      return dateTime.value().toString();
    }
    if (val instanceof ValLocalTime time) {
      return time.value().toString();
    }
    if (val instanceof ValTime time) {
      return time.value().format();
    }
    if (val instanceof ValDayTimeDuration duration) {
      return duration.value().toString();
    }
    if (val instanceof ValYearMonthDuration duration) {
      return duration.value().toString();
    }
    return null;
  }
}
