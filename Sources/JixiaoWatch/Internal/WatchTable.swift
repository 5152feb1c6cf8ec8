/// Our own map between watch descriptors and root-relative directory paths.
///
/// libinotifytools keeps one too, but (as its header says) it does not follow renames or
/// deletions, so after a directory moves out its subdirectories would keep reporting old paths.
struct WatchTable {
    private var pathByDescriptor: [Int32: String] = [:]
    private var descriptorByPath: [String: Int32] = [:]

    var count: Int { pathByDescriptor.count }
    var descriptors: [Int32] { Array(pathByDescriptor.keys) }

    func path(for descriptor: Int32) -> String? {
        pathByDescriptor[descriptor]
    }

    func descriptor(for path: String) -> Int32? {
        descriptorByPath[path]
    }

    /// Records a watch; a path or descriptor seen before loses its old partner.
    mutating func insert(descriptor: Int32, path: String) {
        if let oldPath = pathByDescriptor[descriptor], oldPath != path {
            descriptorByPath[oldPath] = nil
        }
        if let oldDescriptor = descriptorByPath[path], oldDescriptor != descriptor {
            pathByDescriptor[oldDescriptor] = nil
        }
        pathByDescriptor[descriptor] = path
        descriptorByPath[path] = descriptor
    }

    mutating func remove(descriptor: Int32) {
        guard let path = pathByDescriptor.removeValue(forKey: descriptor) else { return }
        if descriptorByPath[path] == descriptor {
            descriptorByPath[path] = nil
        }
    }

    /// Forgets `path` and everything below it; returns the descriptors that were dropped.
    @discardableResult
    mutating func removeSubtree(_ path: String) -> [Int32] {
        let prefix = path + "/"
        let dropped = pathByDescriptor.filter { $0.value == path || $0.value.hasPrefix(prefix) }.map(\.key)
        for descriptor in dropped {
            remove(descriptor: descriptor)
        }
        return dropped
    }
}
