package org.iraqkg.endpoint;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transform;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * A cap on the length of each {@code GROUP_CONCAT}: ARQ's builds its string without bound, so one over a cross
 * product fills the heap in seconds (a single growing string, which the {@link QueryGuard} cannot see coming).
 * Installed per request as the optimizer factory of the ARQ context ({@link ARQConstants#sysOptimizerFactory}):
 * ARQ's own optimizer runs, then every {@code GROUP_CONCAT} (DISTINCT or not) of the algebra becomes one that
 * stops the query with 422 when its string would pass {@code maxChars}.
 */
final class GroupConcatCap {
    private GroupConcatCap() {}

    /** Sets {@code cxt}'s optimizer to ARQ's followed by the cap. */
    static void apply(Context cxt, int maxChars) {
        RewriteFactory previous = (RewriteFactory) cxt.get(ARQConstants.sysOptimizerFactory);
        RewriteFactory base = previous != null ? previous : Optimize.getFactory();
        Transform cap = new TransformCopy() {
            @Override
            public Op transform(OpGroup opGroup, Op subOp) {
                List<ExprAggregator> aggs = new ArrayList<>();
                for (ExprAggregator ea : opGroup.getAggregators()) {
                    Aggregator a = ea.getAggregator();
                    if (a instanceof AggGroupConcat gc && !(a instanceof Capped)) {
                        a = new Capped(gc.getExprList().get(0), gc.getSeparator(), false, maxChars);
                    } else if (a instanceof AggGroupConcatDistinct gc) {
                        a = new Capped(gc.getExprList().get(0), gc.getSeparator(), true, maxChars);
                    }
                    aggs.add(new ExprAggregator(ea.getVar(), a));
                }
                return new OpGroup(subOp, opGroup.getGroupVars(), aggs);
            }
        };
        cxt.set(ARQConstants.sysOptimizerFactory,
                (RewriteFactory) c -> op -> Transformer.transform(cap, base.create(c).rewrite(op)));
    }

    /** GROUP_CONCAT with a longest result. */
    static final class Capped extends AggGroupConcat {
        private final String separator;
        private final boolean distinct;
        private final int maxChars;

        Capped(Expr expr, String separator, boolean distinct, int maxChars) {
            super(expr, separator);
            this.separator = separator;
            this.distinct = distinct;
            this.maxChars = maxChars;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Capped(exprs.get(0), separator, distinct, maxChars);
        }

        @Override
        public Accumulator createAccumulator() {
            String sep = separator != null ? separator : " "; // SPARQL's default separator
            return new AccumulatorExpr(getExprList().get(0), distinct) {
                private final StringBuilder sb = new StringBuilder();
                private boolean first = true;

                @Override
                protected void accumulate(NodeValue nv, Binding binding, FunctionEnv functionEnv) {
                    String s = nv.asString();
                    if (sb.length() + s.length() + sep.length() > maxChars) {
                        throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422,
                                "Query refused: a GROUP_CONCAT result would be longer than " + maxChars
                                        + " characters", null);
                    }
                    if (!first) {
                        sb.append(sep);
                    }
                    sb.append(s);
                    first = false;
                }

                @Override
                protected void accumulateError(Binding binding, FunctionEnv functionEnv) {}

                @Override
                public NodeValue getAccValue() {
                    return NodeValue.makeString(sb.toString());
                }
            };
        }
    }
}
