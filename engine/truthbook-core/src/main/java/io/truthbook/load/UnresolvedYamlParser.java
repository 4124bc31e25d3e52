package io.truthbook.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser with its scalar resolution switched off. Jackson resolves plain scalars by YAML
 * 1.1 ({@code no} is false, {@code 1_000} is 1000, {@code 012} is 10); here every scalar comes out as a
 * string token and {@link #scalar()} hands over the event it was read from (its text, whether it was
 * plain, quoted or a block, and its explicit tag), so the loader resolves it by the YAML 1.2 core schema.
 */
final class UnresolvedYamlParser extends YAMLParser {

  private UnresolvedYamlParser(IOContext context, int features, int yamlFeatures, LoaderOptions options,
      ObjectCodec codec, Reader reader) {
    super(context, features, yamlFeatures, options, codec, reader);
  }

  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) {
    _textValue = scalar.getValue();
    _cleanedTextValue = null;
    return JsonToken.VALUE_STRING;
  }

  /** The event the current scalar token was read from; empty for an alias and for any other token. */
  Optional<ScalarEvent> scalar() {
    boolean value = currentToken() == JsonToken.VALUE_STRING && !isCurrentAlias();
    return value && _lastEvent instanceof ScalarEvent event ? Optional.of(event) : Optional.empty();
  }

  /** Creates {@link UnresolvedYamlParser}s, with the loader's limits. */
  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(LoaderOptions options) {
      super(YAMLFactory.builder().loaderOptions(options));
    }

    @Override
    protected UnresolvedYamlParser _createParser(Reader reader, IOContext context) {
      return new UnresolvedYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
          reader);
    }

    @Override
    public UnresolvedYamlParser createParser(String content) throws java.io.IOException {
      return (UnresolvedYamlParser) super.createParser(content);
    }
  }
}
