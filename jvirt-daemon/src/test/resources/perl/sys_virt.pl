# Sys::Virt on a daemon: connect, list, lookup, and the lifecycle of a defined domain, one line per step
# (errors as "! code domain message") so jvirtd's output can be compared with libvirtd's. Usage: sys_virt.pl URI
use strict;
use warnings;
use Sys::Virt;

my $uri = shift;
my $c = Sys::Virt->new(uri => $uri);

sub step {
    my ($label, $code) = @_;
    my $v = eval { $code->() };
    if ($@) {
        my $e = $@;
        if (ref($e) && $e->isa('Sys::Virt::Error')) {
            printf "%s ! %d %d %s\n", $label, $e->code, $e->domain, $e->message;
        } else {
            print "$label ! $e";
        }
    } else {
        print "$label = ", (defined $v ? $v : "undef"), "\n";
    }
}

step("type", sub { $c->get_type() });
step("hostname", sub { $c->get_hostname() });
step("active", sub { join(",", sort map { $_->get_name() } $c->list_domains()) });
step("inactive", sub { join(",", sort $c->list_defined_domain_names($c->num_of_defined_domains())) });
step("all", sub { join(",", sort map { $_->get_name() } $c->list_all_domains()) });
step("lookup", sub { $c->get_domain_by_name("test")->get_uuid_string() });
step("missing", sub { $c->get_domain_by_name("nosuch") });
my $xml = "<domain type='test'><name>perl1</name><memory>8192</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>";
my $d;
step("define", sub { $d = $c->define_domain($xml); $d->get_name() });
step("inactive-after", sub { join(",", sort $c->list_defined_domain_names($c->num_of_defined_domains())) });
step("start", sub { $d->create(); $d->is_active() });
step("state", sub { join(" ", $d->get_state()) });
step("suspend", sub { $d->suspend(); join(" ", $d->get_state()) });
step("resume", sub { $d->resume(); join(" ", $d->get_state()) });
step("shutdown", sub { $d->shutdown(); $d->is_active() });
step("start-again", sub { $d->create(); $d->is_active() });
step("destroy", sub { $d->destroy(); $d->is_active() });
step("destroy-again", sub { $d->destroy(); 1 });
step("undefine", sub { $d->undefine(); 1 });
step("lookup-gone", sub { $c->get_domain_by_name("perl1") });
