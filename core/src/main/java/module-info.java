/**
 * leadkit's core: what every dialect shares. The API is {@link dev.leadkit.core} (the lazy
 * {@link dev.leadkit.core.PagedIterable}, the common {@link dev.leadkit.core.Lead} view, the client builder's
 * options and the exceptions) and {@link dev.leadkit.core.json} (leadkit's own immutable JSON values). The
 * {@code internal} packages are the dialect skeleton, the transport and the pager: exported only to
 * leadkit's dialect modules (and, for the (de)serializers the model types and JSON values name, to Jackson 2
 * and Jackson 3), invisible to everything else.
 */
module dev.leadkit.core {
    // ClientBuilder.httpClient(OkHttpClient) takes OkHttp's type: a user who passes a client reads okhttp3.
    requires transitive okhttp3;
    // The model types carry Jackson's annotations, and a user who writes leads to JSON uses Jackson.
    requires transitive com.fasterxml.jackson.databind;
    // Jackson 3 is optional: the JSON values name its (de)serializers, which load only where it is present.
    requires static tools.jackson.databind;
    // Immutables' annotations are needed only to compile.
    requires static org.immutables.value.annotations;

    exports dev.leadkit.core;
    exports dev.leadkit.core.json;

    exports dev.leadkit.core.internal to dev.leadkit.autocalls, dev.leadkit.orgleads, dev.leadkit.tracking;
    exports dev.leadkit.core.internal.dialect to dev.leadkit.autocalls, dev.leadkit.orgleads, dev.leadkit.tracking;
    exports dev.leadkit.core.internal.http to dev.leadkit.autocalls, dev.leadkit.orgleads, dev.leadkit.tracking;
    exports dev.leadkit.core.internal.json to dev.leadkit.autocalls, dev.leadkit.orgleads, dev.leadkit.tracking;
    exports dev.leadkit.core.internal.sync to dev.leadkit.autocalls, dev.leadkit.orgleads, dev.leadkit.tracking;
    // The model types and JSON values name these (de)serializers in their annotations; Jackson 2 makes them.
    exports dev.leadkit.core.internal.databind to com.fasterxml.jackson.databind,
            dev.leadkit.autocalls, dev.leadkit.orgleads, dev.leadkit.tracking;
    // The JSON values name these in their Jackson 3 annotations; Jackson 3 makes them.
    exports dev.leadkit.core.internal.databind3 to tools.jackson.databind;
}
