package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.NwfilterProcedures.*;
import static org.jvirt.rpc.remote.SecretProcedures.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The secret, network filter and filter binding procedures on the wire. test:///default has none of these drivers,
 * so there each call is refused (its arguments decoded all the same); the scratch libvirtd's qemu:///system has all
 * three, and there every call runs on objects this test creates and removes: an ephemeral, non-private secret (no
 * file under /etc), a filter under a unique name, and a binding on a port device that does not exist (libvirt keeps
 * the binding without the device).
 */
final class SecretFilterWireSteps {

    static final int NO_SUPPORT = 3;
    static final int NO_SECRET = 66;
    static final int NO_NWFILTER = 62;
    static final int NO_NWFILTER_BINDING = 101;
    /** virSecretEventID and virSecretEventLifecycleType (libvirt's values). */
    static final int SECRET_EVENT_ID_LIFECYCLE = 0;
    static final int SECRET_EVENT_ID_VALUE_CHANGED = 1;
    static final int SECRET_DEFINED = 0;
    static final int SECRET_UNDEFINED = 1;
    /** VIR_SECRET_USAGE_TYPE_VOLUME. */
    static final int USAGE_VOLUME = 1;

    /** Results test:///default never returns and events it never sends: proven on qemu:///system when it runs. */
    static final Set<String> REFUSED_BY_TEST_DRIVER = Set.of("CONNECT_LIST_SECRETS", "SECRET_GET_XML_DESC",
            "SECRET_GET_VALUE", "SECRET_LOOKUP_BY_USAGE", "SECRET_EVENT_LIFECYCLE", "SECRET_EVENT_VALUE_CHANGED",
            "NWFILTER_GET_XML_DESC", "CONNECT_LIST_NWFILTERS", "NWFILTER_BINDING_GET_XML_DESC");

    private SecretFilterWireSteps() {
    }

    /** test:///default: no secret or filter driver, so libvirtd refuses each call after decoding its arguments. */
    static void refusals(LibvirtdSession s) throws Exception {
        NonnullSecret secret = new NonnullSecret(new byte[16], USAGE_VOLUME, "/nope");
        NonnullNwfilter filter = new NonnullNwfilter("nope", new byte[16]);
        NonnullNwfilterBinding binding = new NonnullNwfilterBinding("nope0", "nope");
        assertThat(s.error(CONNECT_LIST_SECRETS, new ConnectListSecretsArgs(4)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_GET_XML_DESC, new SecretGetXmlDescArgs(secret, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_SET_VALUE, new SecretSetValueArgs(secret, new byte[] {1, 2}, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_GET_VALUE, new SecretGetValueArgs(secret, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_UNDEFINE, new SecretUndefineArgs(secret)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_LOOKUP_BY_USAGE, new SecretLookupByUsageArgs(USAGE_VOLUME, "/nope")).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_LIST_NWFILTERS, new ConnectListNwfiltersArgs(4)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_GET_XML_DESC, new NwfilterGetXmlDescArgs(filter, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_UNDEFINE, new NwfilterUndefineArgs(filter)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_BINDING_GET_XML_DESC, new NwfilterBindingGetXmlDescArgs(binding, 0)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_BINDING_DELETE, new NwfilterBindingDeleteArgs(binding)).code()).isEqualTo(NO_SUPPORT);
        RemoteError dereg = s.rawError(CONNECT_SECRET_EVENT_DEREGISTER_ANY, new ConnectSecretEventDeregisterAnyArgs(12345));
        // the daemon's own refusal (VIR_ERR_INTERNAL_ERROR from the RPC layer); libvirtd 9.0 words it as its node
        // device twin does, "node device", and jvirtd repeats it word for word
        assertThat(List.of(dereg.code(), dereg.domain())).containsExactly(1, 7);
        assertThat(dereg.message()).isEqualTo("internal error: node device event callback 12345 not registered");
    }

    /** qemu:///system: the secret driver end to end, with both secret events. */
    static void secrets(LibvirtdSession s, String unique) throws Exception {
        String volume = "/var/lib/jvirt-wire/" + unique + ".img";
        int lifecycle = s.call(CONNECT_SECRET_EVENT_REGISTER_ANY,
                new ConnectSecretEventRegisterAnyArgs(SECRET_EVENT_ID_LIFECYCLE, null)).callbackID();
        int changed = s.call(CONNECT_SECRET_EVENT_REGISTER_ANY,
                new ConnectSecretEventRegisterAnyArgs(SECRET_EVENT_ID_VALUE_CHANGED, null)).callbackID();
        NonnullSecret secret = s.call(SECRET_DEFINE_XML, new SecretDefineXmlArgs("<secret ephemeral='yes' private='no'>"
                + "<description>" + unique + "</description><usage type='volume'><volume>" + volume + "</volume></usage>"
                + "</secret>", 0)).secret();
        try {
            assertThat(secret.usageType()).isEqualTo(USAGE_VOLUME);
            assertThat(secret.usageID()).isEqualTo(volume);
            SecretEventLifecycleMsg defined = awaitOwn(s, secret);
            assertThat(defined.callbackID()).isEqualTo(lifecycle);
            assertThat(defined.event()).isEqualTo(SECRET_DEFINED);
            assertThat(s.call(SECRET_GET_XML_DESC, new SecretGetXmlDescArgs(secret, 0)).xml())
                    .contains("<description>" + unique + "</description>", "<volume>" + volume + "</volume>");
            assertThat(s.call(SECRET_LOOKUP_BY_USAGE, new SecretLookupByUsageArgs(USAGE_VOLUME, volume)).secret().uuid())
                    .isEqualTo(secret.uuid());
            RemoteError none = s.error(SECRET_LOOKUP_BY_USAGE, new SecretLookupByUsageArgs(USAGE_VOLUME, volume + ".nope"));
            assertThat(none.code()).isEqualTo(NO_SECRET);
            int count = s.call(CONNECT_NUM_OF_SECRETS, XdrVoid.VOID).num();
            assertThat(s.call(CONNECT_LIST_SECRETS, new ConnectListSecretsArgs(count + 8)).uuids())
                    .contains(RemoteTypes.uuid(secret.uuid()).toString());
            byte[] value = ("jvirt " + unique).getBytes(StandardCharsets.UTF_8);
            s.call(SECRET_SET_VALUE, new SecretSetValueArgs(secret, value, 0));
            SecretEventValueChangedMsg valueChanged = s.awaitEvent(SECRET_EVENT_VALUE_CHANGED);
            assertThat(valueChanged.callbackID()).isEqualTo(changed);
            assertThat(valueChanged.secret().uuid()).isEqualTo(secret.uuid());
            assertThat(s.call(SECRET_GET_VALUE, new SecretGetValueArgs(secret, 0)).value()).isEqualTo(value);
        } finally {
            s.call(SECRET_UNDEFINE, new SecretUndefineArgs(secret));
        }
        assertThat(awaitOwn(s, secret).event()).isEqualTo(SECRET_UNDEFINED);
        assertThat(s.error(SECRET_GET_XML_DESC, new SecretGetXmlDescArgs(secret, 0)).code()).isEqualTo(NO_SECRET);
        s.call(CONNECT_SECRET_EVENT_DEREGISTER_ANY, new ConnectSecretEventDeregisterAnyArgs(lifecycle));
        s.call(CONNECT_SECRET_EVENT_DEREGISTER_ANY, new ConnectSecretEventDeregisterAnyArgs(changed));
    }

    /** qemu:///system: a filter of our own, then a binding of a stock filter to a port device that does not exist. */
    static void filters(LibvirtdSession s, String unique) throws Exception {
        NonnullNwfilter filter = s.call(NWFILTER_DEFINE_XML, new NwfilterDefineXmlArgs("<filter name='" + unique
                + "' chain='root'><rule action='accept' direction='out' priority='500'><arp/></rule></filter>")).nwfilter();
        try {
            assertThat(filter.name()).isEqualTo(unique);
            assertThat(s.call(NWFILTER_GET_XML_DESC, new NwfilterGetXmlDescArgs(filter, 0)).xml())
                    .contains("<filter name='" + unique + "' chain='root'>", "<uuid>" + RemoteTypes.uuid(filter.uuid()));
            int count = s.call(CONNECT_NUM_OF_NWFILTERS, XdrVoid.VOID).num();
            assertThat(s.call(CONNECT_LIST_NWFILTERS, new ConnectListNwfiltersArgs(count + 8)).names())
                    .contains(unique, "allow-arp");
        } finally {
            s.call(NWFILTER_UNDEFINE, new NwfilterUndefineArgs(filter));
        }
        assertThat(s.error(NWFILTER_GET_XML_DESC, new NwfilterGetXmlDescArgs(filter, 0)).code()).isEqualTo(NO_NWFILTER);

        String port = "jv" + unique.substring(unique.length() - 8);
        NonnullNwfilterBinding binding = s.call(NWFILTER_BINDING_CREATE_XML, new NwfilterBindingCreateXmlArgs(
                "<filterbinding><owner><name>" + unique + "</name><uuid>d217f2d7-5a04-4e01-8b98-ec2743436b74</uuid></owner>"
                        + "<portdev name='" + port + "'/><mac address='52:54:00:12:34:56'/>"
                        + "<filterref filter='allow-arp'/></filterbinding>", 0)).nwfilter();
        try {
            assertThat(binding.portdev()).isEqualTo(port);
            assertThat(binding.filtername()).isEqualTo("allow-arp");
            assertThat(s.call(NWFILTER_BINDING_GET_XML_DESC, new NwfilterBindingGetXmlDescArgs(binding, 0)).xml())
                    .contains("<portdev name='" + port + "'/>", "<filterref filter='allow-arp'/>");
        } finally {
            s.call(NWFILTER_BINDING_DELETE, new NwfilterBindingDeleteArgs(binding));
        }
        assertThat(s.error(NWFILTER_BINDING_GET_XML_DESC, new NwfilterBindingGetXmlDescArgs(binding, 0)).code())
                .isEqualTo(NO_NWFILTER_BINDING);
    }

    /** The next lifecycle event about this secret (other clients' secrets may come in between). */
    private static SecretEventLifecycleMsg awaitOwn(LibvirtdSession s, NonnullSecret secret) throws Exception {
        while (true) {
            SecretEventLifecycleMsg m = s.awaitEvent(SECRET_EVENT_LIFECYCLE);
            if (java.util.Arrays.equals(m.secret().uuid(), secret.uuid())) {
                return m;
            }
        }
    }
}
