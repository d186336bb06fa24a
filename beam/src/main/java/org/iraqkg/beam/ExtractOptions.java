package org.iraqkg.beam;

import java.util.List;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.rdf.Iris;

/** The options of {@link ExtractToNQuads}, besides Beam's own ({@code --runner}, {@code --targetParallelism} …). */
public interface ExtractOptions extends PipelineOptions {
    @Description("Articles: .txt/.html files, .jsonl or .jsonl.gz files, or directories of them (read recursively), "
            + "comma-separated; on a cluster, paths that every worker can read (a shared file system)")
    @Validation.Required
    List<String> getInput();

    void setInput(List<String> value);

    @Description("Directory of the output: quads-SSSSS-of-NNNNN.nq.gz (one named graph per document, the lexicon "
            + "and ontology graphs) and problems-SSSSS-of-NNNNN.txt")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Number of N-Quads shards; 0 lets the runner choose")
    @Default.Integer(0)
    int getShards();

    void setShards(int value);

    @Description("Documents are extracted in this many groups (by a hash of their id): the units of work handed "
            + "to the workers, so several times their number")
    @Default.Integer(64)
    int getGroups();

    void setGroups(int value);

    @Description("Lexicon directory (default: the copy in the jar); read where the pipeline is built and sent to "
            + "the workers")
    String getLexicon();

    void setLexicon(String value);

    @Description("Base IRI of entities, statements, events and documents, as kg load --base")
    @Default.String(Iris.DEFAULT_BASE)
    String getBase();

    void setBase(String value);

    @Description("Skip (and report) articles whose text is longer than this many characters, as kg load --max-chars")
    @Default.Integer(Loader.Options.DEFAULT_MAX_CHARS)
    int getMaxChars();

    void setMaxChars(int value);
}
