package org.iraqkg.endpoint;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;

/**
 * {@code /$/datasets} and {@code /$/datasets/NAME}, read only: GET answers the same JSON as Fuseki's
 * admin {@code ActionDatasets}; POST (create) and DELETE are refused with 405. Datasets cannot be added,
 * removed, backed up or compacted over HTTP.
 */
final class ReadOnlyDatasets extends ActionContainerItem {

    ReadOnlyDatasets() {
        super();
    }

    @Override
    public void validate(HttpAction action) {}

    @Override
    protected JsonValue execGetContainer(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        builder.startObject("D");
        builder.key(ServerConst.datasets);
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject("D");
        return builder.build();
    }

    @Override
    protected JsonValue execGetItem(HttpAction action) {
        DataAccessPoint dap = getItemDataAccessPoint(action);
        if (dap == null) {
            ServletOps.errorNotFound("Not found: dataset " + getItemDatasetName(action));
        }
        JsonBuilder builder = new JsonBuilder();
        JsonDescription.describe(builder, dap);
        return builder.build();
    }

    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed(HttpNames.METHOD_POST, "datasets cannot be created over HTTP");
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed(HttpNames.METHOD_POST, "datasets cannot be changed over HTTP");
        return null;
    }
}
