package org.iraqkg.pipeline;

import java.util.List;

import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.Entities;
import org.iraqkg.event.Events;
import org.iraqkg.statement.Statement;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.time.DocumentTime;

/** Everything the pipeline found in one document, for the RDF layer. */
public record Analysis(NewsDocument document, TextAnalysis text, DocumentTime time, Entities entities,
                       List<Statement> statements, Events events) {
    public Analysis {
        statements = List.copyOf(statements);
    }
}
