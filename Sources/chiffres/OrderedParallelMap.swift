import Dispatch
import Synchronization

/// A map whose elements are transformed on several threads at once, the results kept in input order: the same
/// array `items.map(transform)` gives, for a `transform` that is a pure function of its element.
enum OrderedParallelMap {
    /// `items.map(transform)` on up to `workers` threads (the calling thread among them); each thread takes the
    /// next element not yet taken, so that long and short elements even out. One worker, or one element: no thread.
    static func map<Element, Output>(_ items: [Element], workers: Int, _ transform: (Element) -> Output) -> [Output] {
        let threads = min(workers, items.count)
        guard threads > 1 else { return items.map(transform) }
        let buffer = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        buffer.initialize(repeating: nil)
        defer { buffer.deallocate() }
        // Shared by the threads: each writes only the slots of the indexes it took from `next`, and `items` and
        // `transform` are only read.
        nonisolated(unsafe) let (results, elements, work) = (buffer, items, transform)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < elements.count else { return }
                results[i] = work(elements[i])
            }
        }
        // Every index below items.count was taken by exactly one thread, and concurrentPerform returns after all of them.
        var ordered: [Output] = []
        ordered.reserveCapacity(items.count)
        for i in 0..<items.count {
            if let r = buffer[i] { ordered.append(r) } else { ordered.append(transform(items[i])) }
            buffer[i] = nil
        }
        return ordered
    }
}
