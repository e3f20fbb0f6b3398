package org.jvirt.rpc.remote;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.rpc.xdr.XdrFixed;
import org.jvirt.rpc.xdr.XdrMax;
import org.jvirt.rpc.xdr.XdrOptional;
import org.jvirt.rpc.xdr.XdrUnion;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Sample values of any declared record, built by reflection from the same declarations the codecs use: every
 * number distinct, strings and arrays within their bounds. {@code variant} picks the union arm (cycling
 * through all of them) and whether optionals are present, so a handful of variants covers every shape.
 */
final class Samples {

    private final int variant;
    private int counter;

    private Samples(int variant) {
        this.variant = variant;
        this.counter = variant * 1000;
    }

    static <T> T of(Class<T> type, int variant) {
        return type.cast(new Samples(variant).value(type, NO_ANNOTATIONS));
    }

    private Object value(Type type, AnnotatedElement ann) {
        if (ann.isAnnotationPresent(XdrOptional.class) && variant % 2 == 1) {
            return null;
        }
        XdrFixed fixed = ann.getAnnotation(XdrFixed.class);
        XdrMax max = ann.getAnnotation(XdrMax.class);
        int length = fixed != null ? fixed.value() : Math.min(max == null ? 3 : max.value(), 1 + variant % 3);
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                list.add(value(p.getActualTypeArguments()[0], NO_ANNOTATIONS));
            }
            return List.copyOf(list);
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) {
            return ++counter;
        }
        if (c == long.class || c == Long.class) {
            return (long) ++counter << 33 | 7;
        }
        if (c == boolean.class) {
            return ++counter % 2 == 0;
        }
        if (c == double.class) {
            return ++counter + 0.5;
        }
        if (c == String.class) {
            String s = "s" + ++counter + "\u00e9";
            return max != null && s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max.value() ? "" : s;
        }
        if (c == byte[].class) {
            byte[] b = new byte[fixed != null ? fixed.value() : length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (++counter);
            }
            return b;
        }
        if (c == int[].class) {
            int[] v = new int[length];
            for (int i = 0; i < v.length; i++) {
                v[i] = ++counter;
            }
            return v;
        }
        if (c == long[].class) {
            long[] v = new long[length];
            for (int i = 0; i < v.length; i++) {
                v[i] = (long) ++counter << 40;
            }
            return v;
        }
        if (c == XdrVoid.class) {
            return XdrVoid.VOID;
        }
        if (c.isInterface() && c.isAnnotationPresent(XdrUnion.class)) {
            Class<?>[] arms = c.getPermittedSubclasses();
            return value(arms[(variant + counter++) % arms.length], NO_ANNOTATIONS);
        }
        if (c.isRecord()) {
            RecordComponent[] rc = c.getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                args[i] = value(rc[i].getGenericType(), rc[i]);
                types[i] = rc[i].getType();
            }
            try {
                var ctor = c.getDeclaredConstructor(types);
                ctor.setAccessible(true);
                return ctor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(c.getName(), e);
            }
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static final AnnotatedElement NO_ANNOTATIONS = new AnnotatedElement() {
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
}
