package dev.cogbot.runtime.isolation;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a plugin class so that nothing in it can end the JVM: each call of {@code System.exit},
 * {@code Runtime.exit} or {@code Runtime.halt} becomes a call of the same shape to
 * {@link ExitGuard}, method references to them are pointed there too, and {@code Method.invoke}
 * and method handle look-ups are checked by it first.
 *
 * <p>The rewritten instructions leave the operand stack as the originals did, so the class's stack
 * map frames stay valid and only the maximum stack depth is recomputed; nothing else of the class
 * changes, and a class without such calls is returned as it was.
 */
final class ExitCallRewriter {

    private static final String GUARD = Type.getInternalName(ExitGuard.class);
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String METHOD = "java/lang/reflect/Method";
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final String METHOD_HANDLE_RESULT = ")Ljava/lang/invoke/MethodHandle;";

    private ExitCallRewriter() {
    }

    /** The class, rewritten; the same array if it calls none of those methods. */
    static byte[] rewrite(byte[] classFile) {
        if (!namesAnOwner(classFile)) {
            // most classes: left unparsed, so a class file newer than ASM knows still loads
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Rewriting rewriting = new Rewriting(writer);
        reader.accept(rewriting, 0);
        return rewriting.changed ? writer.toByteArray() : classFile;
    }

    private static final byte[][] OWNERS = Stream.of(SYSTEM, RUNTIME, METHOD, LOOKUP)
            .map(owner -> owner.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /**
     * Whether the class file holds the name of a class whose methods are rewritten: a call to one
     * of them needs that name in the constant pool, spelled as it is here.
     */
    static boolean namesAnOwner(byte[] classFile) {
        for (byte[] owner : OWNERS) {
            if (contains(classFile, owner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final class Rewriting extends ClassVisitor {
        private boolean changed;

        Rewriting(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                    String guard = guardFor(opcode, owner, method, desc);
                    if (guard != null) {
                        changed = true;
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, guard, guardDescriptor(owner), false);
                        return;
                    }
                    if (opcode == Opcodes.INVOKEVIRTUAL && METHOD.equals(owner) && "invoke".equals(method)) {
                        changed = true;
                        // [method, target, args] -> [method, target, args, method]: check a copy of the method
                        super.visitInsn(Opcodes.DUP2_X1);
                        super.visitInsn(Opcodes.POP2);
                        super.visitInsn(Opcodes.DUP_X2);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "checkInvoke",
                                "(Ljava/lang/reflect/Method;)V", false);
                        super.visitMethodInsn(opcode, owner, method, desc, isInterface);
                        return;
                    }
                    super.visitMethodInsn(opcode, owner, method, desc, isInterface);
                    if (opcode == Opcodes.INVOKEVIRTUAL && LOOKUP.equals(owner) && desc.endsWith(METHOD_HANDLE_RESULT)) {
                        changed = true;
                        super.visitInsn(Opcodes.DUP);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "checkHandle",
                                "(Ljava/lang/invoke/MethodHandle;)V", false);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
                    Object[] rewritten = arguments.clone();
                    for (int i = 0; i < rewritten.length; i++) {
                        if (rewritten[i] instanceof Handle handle) {
                            String guard = guardFor(handleOpcode(handle.getTag()), handle.getOwner(), handle.getName(),
                                    handle.getDesc());
                            if (guard != null) {
                                changed = true;
                                rewritten[i] = new Handle(Opcodes.H_INVOKESTATIC, GUARD, guard,
                                        guardDescriptor(handle.getOwner()), false);
                            }
                        }
                    }
                    super.visitInvokeDynamicInsn(name, desc, bootstrap, rewritten);
                }
            };
        }
    }

    /** The {@link ExitGuard} method standing in for this call, or null if it ends nothing. */
    private static String guardFor(int opcode, String owner, String method, String desc) {
        if (!"(I)V".equals(desc)) {
            return null;
        }
        if (opcode == Opcodes.INVOKESTATIC && SYSTEM.equals(owner) && "exit".equals(method)) {
            return "systemExit";
        }
        if (opcode == Opcodes.INVOKEVIRTUAL && RUNTIME.equals(owner)) {
            return switch (method) {
                case "exit" -> "runtimeExit";
                case "halt" -> "runtimeHalt";
                default -> null;
            };
        }
        return null;
    }

    /** The guard's descriptor: an instance call's receiver becomes the first argument. */
    private static String guardDescriptor(String owner) {
        return SYSTEM.equals(owner) ? "(I)V" : "(Ljava/lang/Runtime;I)V";
    }

    private static int handleOpcode(int tag) {
        return switch (tag) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            default -> -1;
        };
    }
}
