package org.jvirt.rpc.remote;

/** remote_typed_param: a named value; {@link RemoteTypedParams} converts to and from the API's TypedParameter. */
public record TypedParam(String field, TypedParamValue value) {
}
