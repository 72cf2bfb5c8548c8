package gongkai.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's object wrapper with a quick path for records, which is all the model is: record.field reads
 * the component through a method handle found once per class. FreeMarker's own bean model reads it by
 * reflection, checking the caller's access on every call, and that was a third of all template time.
 * Anything else a template asks of a record (its other methods) still goes through the bean model.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final ClassValue<Map<String, MethodHandle>> components = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> out = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                try {
                    accessor.setAccessible(true);
                    out.put(c.getName(), MethodHandles.lookup().unreflect(accessor).asType(GETTER));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // Not reachable this way: that component is read through the bean model.
                }
            }
            return Map.copyOf(out);
        }
    };

    RecordWrapper() {
        super(configuration(), true);
    }

    private static DefaultObjectWrapperBuilder configuration() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Records are read as record.field, like the rest of the model.
        b.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return b;
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            return new RecordModel(obj, this, components.get(obj.getClass()));
        }
        return super.handleUnknownType(obj);
    }

    /** A record as a hash: its components directly, everything else as the bean model has it. */
    private static final class RecordModel extends GenericObjectModel {
        private final Map<String, MethodHandle> components;

        RecordModel(Object record, RecordWrapper wrapper, Map<String, MethodHandle> components) {
            super(record, wrapper);
            this.components = components;
        }

        // record.field() and record.method() keep going through the bean model, which knows a call follows.
        @Override
        protected TemplateModel get(String key, boolean beforeMethodCall)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            MethodHandle getter = beforeMethodCall ? null : components.get(key);
            if (getter == null) {
                return super.get(key, beforeMethodCall);
            }
            try {
                return wrap(getter.invokeExact(object));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("无法读取 " + object.getClass().getSimpleName() + "." + key, e);
            }
        }
    }
}
