package org.jvirt.rpc.xdr;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Codecs derived from the Java declarations, so that a layout is written once, as a record: components in
 * wire order, Java types mapped to XDR types (int: int and every unsigned/enum type; long: hyper; boolean;
 * double; String: string; byte[]: opaque; int[]/long[]/List: arrays; records: structs; {@link XdrUnion}
 * sealed interfaces: unions) and annotations for what Java types cannot say ({@link XdrMax},
 * {@link XdrFixed}, {@link XdrOptional}). Built once per class and cached.
 */
public final class XdrCodecs {

    /** remote_nonnull_string's bound, also the default for strings and opaques without {@link XdrMax}. */
    public static final int STRING_MAX = 4194304;

    private static final ClassValue<XdrCodec<?>> CACHE = new ClassValue<>() {
        @Override
        protected XdrCodec<?> computeValue(Class<?> type) {
            return build(type);
        }
    };

    private XdrCodecs() {
    }

    @SuppressWarnings("unchecked")
    public static <T> XdrCodec<T> of(Class<T> type) {
        return (XdrCodec<T>) CACHE.get(type);
    }

    public static <T> byte[] encode(Class<T> type, T value) {
        XdrWriter out = new XdrWriter();
        of(type).write(out, value);
        return out.toByteArray();
    }

    public static <T> T decode(Class<T> type, byte[] data) {
        return of(type).read(new XdrReader(data));
    }

    private static XdrCodec<?> build(Class<?> type) {
        if (type == XdrVoid.class) {
            return Basic.VOID;
        }
        if (type.isRecord()) {
            return new RecordCodec<>(type);
        }
        if (type.isInterface() && type.isSealed() && type.isAnnotationPresent(XdrUnion.class)) {
            return new UnionCodec<>(type);
        }
        throw new IllegalArgumentException("no XDR mapping for " + type.getName());
    }

    /** The codec of one struct member (or array element) of declared type {@code type}. */
    static XdrCodec<?> member(Type type, AnnotatedElement annotations) {
        XdrCodec<?> codec = plain(type, annotations);
        return annotations.isAnnotationPresent(XdrOptional.class) ? new Basic.Optional<>(codec) : codec;
    }

    private static XdrCodec<?> plain(Type type, AnnotatedElement annotations) {
        XdrMax max = annotations.getAnnotation(XdrMax.class);
        XdrFixed fixed = annotations.getAnnotation(XdrFixed.class);
        int bound = max == null ? -1 : max.value();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new Basic.ListOf<>(member(p.getActualTypeArguments()[0], NONE), bound);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no XDR mapping for " + type);
        }
        if (c == int.class || c == Integer.class) {
            return Basic.INT;
        }
        if (c == long.class || c == Long.class) {
            return Basic.HYPER;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Basic.BOOL;
        }
        if (c == double.class || c == Double.class) {
            return Basic.DOUBLE;
        }
        if (c == String.class) {
            return new Basic.Str(max == null ? STRING_MAX : bound);
        }
        if (c == byte[].class) {
            return fixed != null ? new Basic.FixedOpaque(fixed.value()) : new Basic.Opaque(max == null ? STRING_MAX : bound);
        }
        if (c == int[].class) {
            // XDR `char x[N]` (rpcgen's 4-byte chars, e.g. remote_node_get_info_ret's model) is a fixed vector
            return fixed != null ? new Basic.FixedIntArray(fixed.value()) : new Basic.IntArray(bound);
        }
        if (c == long[].class) {
            return new Basic.HyperArray(bound);
        }
        return new Lazy<>(c);
    }

    /** Array elements carry no annotations of their own: their bounds are the types' defaults. */
    private static final AnnotatedElement NONE = new AnnotatedElement() {
        @Override
        public <A extends java.lang.annotation.Annotation> A getAnnotation(Class<A> annotationClass) {
            return null;
        }

        @Override
        public java.lang.annotation.Annotation[] getAnnotations() {
            return new java.lang.annotation.Annotation[0];
        }

        @Override
        public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
            return getAnnotations();
        }
    };

    /** Resolves nested types on first use, so mutually referring declarations need no ordering. */
    private record Lazy<T>(Class<T> type) implements XdrCodec<T> {
        @Override
        public void write(XdrWriter out, T value) {
            of(type).write(out, value);
        }

        @Override
        public T read(XdrReader in) {
            return of(type).read(in);
        }
    }

    private static final class RecordCodec<T> implements XdrCodec<T> {
        private final Method[] accessors;
        private final XdrCodec<Object>[] members;
        private final Constructor<T> constructor;

        @SuppressWarnings("unchecked")
        RecordCodec(Class<T> type) {
            RecordComponent[] rc = type.getRecordComponents();
            accessors = new Method[rc.length];
            members = new XdrCodec[rc.length];
            Class<?>[] params = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                accessors[i] = rc[i].getAccessor();
                accessors[i].setAccessible(true);
                members[i] = (XdrCodec<Object>) member(rc[i].getGenericType(), rc[i]);
                params[i] = rc[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(params);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getName(), e);
            }
        }

        @Override
        public void write(XdrWriter out, T value) {
            if (value == null) {
                throw new XdrException("null struct of non-optional member");
            }
            try {
                for (int i = 0; i < accessors.length; i++) {
                    members[i].write(out, accessors[i].invoke(value));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public T read(XdrReader in) {
            Object[] args = new Object[members.length];
            for (int i = 0; i < members.length; i++) {
                args[i] = members[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                // a record's compact constructor refused the decoded values
                throw new XdrException(String.valueOf(e.getCause().getMessage()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class UnionCodec<T> implements XdrCodec<T> {
        private final Map<Integer, Class<?>> arms = new HashMap<>();
        private final Map<Class<?>, Integer> cases = new HashMap<>();

        UnionCodec(Class<T> type) {
            for (Class<?> arm : type.getPermittedSubclasses()) {
                XdrCase c = arm.getAnnotation(XdrCase.class);
                if (c == null || !arm.isRecord()) {
                    throw new IllegalArgumentException(arm.getName() + " needs @XdrCase and must be a record");
                }
                arms.put(c.value(), arm);
                cases.put(arm, c.value());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(XdrWriter out, T value) {
            out.writeInt(cases.get(value.getClass()));
            ((XdrCodec<Object>) of(value.getClass())).write(out, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(XdrReader in) {
            int discriminant = in.readInt();
            Class<?> arm = arms.get(discriminant);
            if (arm == null) {
                throw new XdrException("bad union discriminant " + discriminant);
            }
            return (T) of(arm).read(in);
        }
    }
}
