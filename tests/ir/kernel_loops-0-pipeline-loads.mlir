// PASS: pipeline-loads{depth=2 prefetch=true}
// INPUT:
builtin.module attributes {gpu.container_module} {
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: index, %4: index, %5: index):
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %6 = "gpu.global_id"() <{dimension = #gpu<dim x>}> : () -> index
      %7 = arith.muli %3, %4 : index
      %8 = arith.cmpi ult, %6, %7 : index
      scf.if %8 {
        %9 = arith.remui %6, %4 : index
        %10 = arith.divui %6, %4 : index
        %11 = memref.load %0[%10, %9] : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %12 = scf.for %13 = %c0 to %5 step %c1 iter_args(%14 = %11) -> (f32) {
          %t1 = arith.addi %13, %c1 : index
          %15 = memref.load %1[%10, %t1, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %16 = arith.addf %15, %14 : f32
          %17 = math.tanh %16 : f32
          scf.yield %17 : f32
        }
        memref.store %12, %2[%10, %9] : memref<?x?xf32, strided<[?, ?], offset: ?>>
      }
      "gpu.return"() : () -> ()
    }) {sym_name = "next_step_k0"} : () -> ()
    "gpu.func"() <{function_type = (memref<?xf32, strided<[?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, index) -> (), kernel}> ({
    ^bb0(%0: memref<?xf32, strided<[?], offset: ?>>, %1: memref<?xf32, strided<[?], offset: ?>>, %2: index):
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c3 = arith.constant 3 : index
      %f0 = arith.constant 0.000000e+00 : f32
      %3:2 = scf.for %4 = %c0 to %2 step %c1 iter_args(%5 = %c0, %6 = %f0) -> (index, f32) {
        %7 = memref.load %0[%5] : memref<?xf32, strided<[?], offset: ?>>
        %8 = arith.addf %6, %7 : f32
        %9 = arith.muli %5, %c3 : index
        %10 = arith.addi %9, %c1 : index
        %11 = arith.remui %10, %2 : index
        scf.yield %11, %8 : index, f32
      }
      memref.store %3#1, %1[%c0] : memref<?xf32, strided<[?], offset: ?>>
      "gpu.return"() : () -> ()
    }) {sym_name = "chase_k0"} : () -> ()
  }) : () -> ()
}
// OUTPUT:
builtin.module attributes {gpu.container_module} {
  "gpu.module"() <{sym_name = "jic_kernels"}> ({
    "gpu.func"() <{function_type = (memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> (), kernel}> ({
    ^bb0(%0: memref<?x?xf32, strided<[?, ?], offset: ?>>, %1: memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, %2: memref<?x?xf32, strided<[?, ?], offset: ?>>, %3: index, %4: index, %5: index):
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %6 = "gpu.global_id"() <{dimension = #gpu<dim x>}> : () -> index
      %7 = arith.muli %3, %4 : index
      %8 = arith.cmpi ult, %6, %7 : index
      scf.if %8 {
        %9 = arith.remui %6, %4 : index
        %10 = arith.divui %6, %4 : index
        %11 = memref.load %0[%10, %9] : memref<?x?xf32, strided<[?, ?], offset: ?>>
        %12 = arith.cmpi slt, %c0, %5 : index
        %13 = scf.if %12 -> (f32) {
          %14 = arith.constant 1 : index
          %15 = arith.constant 0 : index
          %16 = arith.constant 2 : index
          %17 = arith.constant 4 : index
          %18 = arith.subi %5, %c0 : index
          %19 = arith.subi %c1, %14 : index
          %20 = arith.addi %18, %19 : index
          %21 = arith.divui %20, %c1 : index
          %22 = arith.subi %21, %14 : index
          %23 = arith.cmpi ult, %15, %22 : index
          %24 = arith.select %23, %15, %22 : index
          %25 = arith.muli %24, %c1 : index
          %26 = arith.addi %c0, %25 : index
          %t1 = arith.addi %26, %c1 : index
          %27 = memref.load %1[%10, %t1, %9] {jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %28 = arith.cmpi ult, %14, %22 : index
          %29 = arith.select %28, %14, %22 : index
          %30 = arith.muli %29, %c1 : index
          %31 = arith.addi %c0, %30 : index
          %t1_1 = arith.addi %31, %c1 : index
          %32 = memref.load %1[%10, %t1_1, %9] {jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %33 = arith.cmpi ult, %16, %22 : index
          %34 = arith.select %33, %16, %22 : index
          %35 = arith.muli %34, %c1 : index
          %36 = arith.addi %c0, %35 : index
          %t1_2 = arith.addi %36, %c1 : index
          jic.prefetch %1[%10, %t1_2, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %37 = arith.addi %16, %14 : index
          %38 = arith.cmpi ult, %37, %22 : index
          %39 = arith.select %38, %37, %22 : index
          %40 = arith.muli %39, %c1 : index
          %41 = arith.addi %c0, %40 : index
          %t1_3 = arith.addi %41, %c1 : index
          jic.prefetch %1[%10, %t1_3, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
          %42 = arith.divui %21, %16 : index
          %43 = arith.cmpi ugt, %42, %16 : index
          %44 = arith.subi %42, %16 : index
          %45 = arith.select %43, %44, %15 : index
          %46, %47, %48 = scf.for %49 = %15 to %45 step %14 iter_args(%50 = %11, %51 = %27, %52 = %32) -> (f32, f32, f32) {
            %53 = arith.muli %49, %16 : index
            %54 = arith.addi %53, %14 : index
            %55 = arith.addi %53, %16 : index
            %56 = arith.muli %55, %c1 : index
            %57 = arith.addi %c0, %56 : index
            %t1_4 = arith.addi %57, %c1 : index
            %58 = memref.load %1[%10, %t1_4, %9] {jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %59 = arith.addi %54, %16 : index
            %60 = arith.muli %59, %c1 : index
            %61 = arith.addi %c0, %60 : index
            %t1_5 = arith.addi %61, %c1 : index
            %62 = memref.load %1[%10, %t1_5, %9] {jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %63 = arith.addi %53, %17 : index
            %64 = arith.muli %63, %c1 : index
            %65 = arith.addi %c0, %64 : index
            %t1_6 = arith.addi %65, %c1 : index
            jic.prefetch %1[%10, %t1_6, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %66 = arith.addi %63, %14 : index
            %67 = arith.muli %66, %c1 : index
            %68 = arith.addi %c0, %67 : index
            %t1_7 = arith.addi %68, %c1 : index
            jic.prefetch %1[%10, %t1_7, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %69 = arith.addf %51, %50 : f32
            %70 = math.tanh %69 : f32
            %71 = arith.addf %52, %70 : f32
            %72 = math.tanh %71 : f32
            scf.yield %72, %58, %62 : f32, f32, f32
          }
          %73, %74, %75 = scf.for %76 = %45 to %42 step %14 iter_args(%77 = %46, %78 = %47, %79 = %48) -> (f32, f32, f32) {
            %80 = arith.muli %76, %16 : index
            %81 = arith.addi %80, %14 : index
            %82 = arith.addi %80, %16 : index
            %83 = arith.cmpi ult, %82, %22 : index
            %84 = arith.select %83, %82, %22 : index
            %85 = arith.muli %84, %c1 : index
            %86 = arith.addi %c0, %85 : index
            %t1_8 = arith.addi %86, %c1 : index
            %87 = memref.load %1[%10, %t1_8, %9] {jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %88 = arith.addi %81, %16 : index
            %89 = arith.cmpi ult, %88, %22 : index
            %90 = arith.select %89, %88, %22 : index
            %91 = arith.muli %90, %c1 : index
            %92 = arith.addi %c0, %91 : index
            %t1_9 = arith.addi %92, %c1 : index
            %93 = memref.load %1[%10, %t1_9, %9] {jic.prefetched} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %94 = arith.addi %80, %17 : index
            %95 = arith.cmpi ult, %94, %22 : index
            %96 = arith.select %95, %94, %22 : index
            %97 = arith.muli %96, %c1 : index
            %98 = arith.addi %c0, %97 : index
            %t1_10 = arith.addi %98, %c1 : index
            jic.prefetch %1[%10, %t1_10, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %99 = arith.addi %94, %14 : index
            %100 = arith.cmpi ult, %99, %22 : index
            %101 = arith.select %100, %99, %22 : index
            %102 = arith.muli %101, %c1 : index
            %103 = arith.addi %c0, %102 : index
            %t1_11 = arith.addi %103, %c1 : index
            jic.prefetch %1[%10, %t1_11, %9] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
            %104 = arith.addf %78, %77 : f32
            %105 = math.tanh %104 : f32
            %106 = arith.addf %79, %105 : f32
            %107 = math.tanh %106 : f32
            scf.yield %107, %87, %93 : f32, f32, f32
          }
          %108 = arith.muli %42, %16 : index
          %109 = arith.subi %21, %108 : index
          %110 = arith.cmpi ult, %15, %109 : index
          %111 = scf.if %110 -> (f32) {
            %112 = arith.addf %74, %73 : f32
            %113 = math.tanh %112 : f32
            scf.yield %113 : f32
          } else {
            scf.yield %73 : f32
          }
          scf.yield %111 : f32
        } else {
          scf.yield %11 : f32
        }
        memref.store %13, %2[%10, %9] : memref<?x?xf32, strided<[?, ?], offset: ?>>
      }
      "gpu.return"() : () -> ()
    }) {sym_name = "next_step_k0"} : () -> ()
    "gpu.func"() <{function_type = (memref<?xf32, strided<[?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, index) -> (), kernel}> ({
    ^bb0(%0: memref<?xf32, strided<[?], offset: ?>>, %1: memref<?xf32, strided<[?], offset: ?>>, %2: index):
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c3 = arith.constant 3 : index
      %f0 = arith.constant 0.000000e+00 : f32
      %3, %4 = scf.for %5 = %c0 to %2 step %c1 iter_args(%6 = %c0, %7 = %f0) -> (index, f32) {
        %8 = memref.load %0[%6] : memref<?xf32, strided<[?], offset: ?>>
        %9 = arith.addf %7, %8 : f32
        %10 = arith.muli %6, %c3 : index
        %11 = arith.addi %10, %c1 : index
        %12 = arith.remui %11, %2 : index
        scf.yield %12, %9 : index, f32
      }
      memref.store %4, %1[%c0] : memref<?xf32, strided<[?], offset: ?>>
      "gpu.return"() : () -> ()
    }) {sym_name = "chase_k0"} : () -> ()
  }) : () -> ()
}
