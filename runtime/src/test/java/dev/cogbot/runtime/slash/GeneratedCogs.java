package dev.cogbot.runtime.slash;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V21;

import dev.cogbot.api.Cog;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/** Cogs with more commands than anyone would write out by hand: for Discord's limits on counts. */
final class GeneratedCogs {

    private static final AtomicInteger classes = new AtomicInteger();

    private GeneratedCogs() {
    }

    /** A cog with commands {@code <prefix>0} to {@code <prefix><count - 1>}, each {@code void m(Context)}. */
    static Cog withCommands(String prefix, int count) {
        return generate(prefix, count, "");
    }

    /** As {@link #withCommands}, each served as a subcommand of {@code /group}. */
    static Cog withSubcommands(String group, String prefix, int count) {
        return generate(prefix, count, group);
    }

    private static Cog generate(String prefix, int count, String group) {
        String name = "dev/cogbot/runtime/slash/Generated" + classes.incrementAndGet() + "Cog";
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V21, ACC_PUBLIC | ACC_FINAL, name, null, "java/lang/Object", new String[] {"dev/cogbot/api/Cog"});
        MethodVisitor init = writer.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        for (int i = 0; i < count; i++) {
            MethodVisitor method = writer.visitMethod(ACC_PUBLIC, prefix + i, "(Ldev/cogbot/api/Context;)V", null, null);
            AnnotationVisitor command = method.visitAnnotation("Ldev/cogbot/api/Command;", true);
            command.visit("help", "Generated command " + i);
            command.visitEnd();
            if (!group.isEmpty()) {
                AnnotationVisitor slash = method.visitAnnotation("Ldev/cogbot/api/Slash;", true);
                slash.visit("group", group);
                slash.visitEnd();
            }
            method.visitCode();
            method.visitInsn(RETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
        writer.visitEnd();
        byte[] bytes = writer.toByteArray();
        var loader = new ClassLoader(GeneratedCogs.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(null, bytes, 0, bytes.length);
            }
        };
        try {
            return (Cog) loader.define().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
